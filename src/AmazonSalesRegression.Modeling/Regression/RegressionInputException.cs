namespace AmazonSalesRegression.Regression;

/// <summary>
/// Raised by <see cref="Ols"/> when the data cannot support the fit asked for: no more rows than coefficients, a
/// value that is NaN or infinite, or a response with zero variance. It is an <see cref="ArgumentException"/> (the
/// data passed in is the problem) with a message that says what to change; front ends show it as a one-line error.
/// A constant or collinear predictor is not an error: it is fitted as aliased (R's <c>NA</c>), see
/// <see cref="OlsResult.AliasedColumns"/>.
/// </summary>
public sealed class RegressionInputException : ArgumentException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong with the data and what to change.</param>
    /// <param name="parameter">The argument that holds the problem.</param>
    public RegressionInputException(string message, string? parameter)
        : base(message, parameter) => Problem = message;

    /// <summary>The problem without the parameter name that <see cref="ArgumentException.Message"/> appends.</summary>
    public string Problem { get; }
}
