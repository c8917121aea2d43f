namespace AmazonSalesRegression.Regression;

/// <summary>Settings of <see cref="Ols.Fit(DesignMatrix, ReadOnlyMemory{double}, bool, OlsOptions?)"/>.</summary>
public sealed record OlsOptions
{
    /// <summary>The default settings.</summary>
    public static OlsOptions Default { get; } = new();

    /// <summary>Coverage of the coefficient confidence intervals in <see cref="OlsResult.Coefficients"/>; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Settings of the least-squares core.</summary>
    public LeastSquaresOptions Solver { get; init; } = LeastSquaresOptions.Default;
}
