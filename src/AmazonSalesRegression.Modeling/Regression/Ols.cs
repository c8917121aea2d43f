using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// Ordinary least squares with classical inference, the facade over <see cref="LeastSquaresSolver"/>:
/// fits y = Xβ + ε and returns coefficients, standard errors, tests, R², F, likelihood-based criteria,
/// robust covariances and predictions with the conventions of R's <c>lm</c> and statsmodels' <c>OLS</c>.
/// </summary>
public static partial class Ols
{
    /// <summary>Fits a design matrix.</summary>
    /// <param name="design">The predictors (n × p).</param>
    /// <param name="y">The response (n values).</param>
    /// <param name="intercept">Whether to add a column of ones named <see cref="DesignMatrix.InterceptName"/> first (not added twice).</param>
    /// <param name="options">Confidence level and solver settings; <see cref="OlsOptions.Default"/> when null.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="RegressionInputException">
    /// n ≤ number of coefficients, a value is NaN or infinite (the message names column and row), or the response has
    /// zero variance (all values equal; all zero for a model without intercept).
    /// </exception>
    /// <exception cref="ArgumentException">The sizes of design and response do not match.</exception>
    public static OlsResult Fit(DesignMatrix design, ReadOnlyMemory<double> y, bool intercept = true, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= OlsOptions.Default;
        var model = intercept && !design.StartsWithIntercept ? design.WithIntercept() : design;
        CheckResponseVaries(y.Span, model.StartsWithIntercept);
        var solution = new LeastSquaresSolver(options.Solver).Solve(model, y);
        return new OlsResult(solution, y, model.StartsWithIntercept, options.ConfidenceLevel);
    }

    /// <summary>Fits predictors given as one array per column (not copied).</summary>
    /// <param name="columns">Predictor columns of equal length.</param>
    /// <param name="y">The response.</param>
    /// <param name="names">One name per predictor column.</param>
    /// <param name="intercept">Whether to add an intercept column first.</param>
    /// <param name="options">Confidence level and solver settings.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="RegressionInputException">Too few rows, a non-finite value or a constant response; see <see cref="Fit(DesignMatrix, ReadOnlyMemory{double}, bool, OlsOptions?)"/>.</exception>
    public static OlsResult Fit(
        IReadOnlyList<double[]> columns,
        double[] y,
        IReadOnlyList<string> names,
        bool intercept = true,
        OlsOptions? options = null
    ) => Fit(DesignMatrix.FromColumns(names, columns), y, intercept, options);

    /// <summary>Fits predictors given as a Math.NET matrix (rows = observations).</summary>
    /// <param name="x">The predictors.</param>
    /// <param name="y">The response.</param>
    /// <param name="names">One name per matrix column.</param>
    /// <param name="intercept">Whether to add an intercept column first.</param>
    /// <param name="options">Confidence level and solver settings.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="RegressionInputException">Too few rows, a non-finite value or a constant response; see <see cref="Fit(DesignMatrix, ReadOnlyMemory{double}, bool, OlsOptions?)"/>.</exception>
    public static OlsResult Fit(
        Matrix<double> x,
        Vector<double> y,
        IReadOnlyList<string> names,
        bool intercept = true,
        OlsOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(y);
        return Fit(DesignMatrix.FromMatrix(names, x), y.AsArray() ?? y.ToArray(), intercept, options);
    }

    private static void CheckResponseVaries(ReadOnlySpan<double> y, bool hasIntercept)
    {
        if (y.IsEmpty)
        {
            return;
        }

        var first = y[0];
        foreach (var value in y)
        {
            if (value != first || (!hasIntercept && value != 0.0) || double.IsNaN(value))
            {
                return;
            }
        }

        throw new RegressionInputException(
            hasIntercept
                ? "The response has zero variance (every value is the same): R², t and F statistics are undefined."
                : "The response is identically zero: the uncentred R² and the F statistic are undefined.",
            nameof(y)
        );
    }
}
