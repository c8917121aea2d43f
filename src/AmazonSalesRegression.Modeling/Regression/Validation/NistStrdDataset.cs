namespace AmazonSalesRegression.Regression.Validation;

/// <summary>
/// A NIST Statistical Reference Dataset for linear least squares: the data and NIST's certified values,
/// computed in multiple precision and given to 15 significant digits.
/// </summary>
/// <param name="Name">The file name without extension, e.g. "Filip".</param>
/// <param name="Parameters">Certified parameters B0, B1, … in NIST's order.</param>
/// <param name="ResidualStandardDeviation">Certified residual standard deviation.</param>
/// <param name="RSquared">Certified R² (uncentred for the models without intercept).</param>
/// <param name="Response">The response y, one value per observation.</param>
/// <param name="Predictors">The predictor columns x₁, …, as in the file (not powers: NIST's polynomial models are built by the user).</param>
public sealed record NistStrdDataset(
    string Name,
    IReadOnlyList<NistCertifiedParameter> Parameters,
    double ResidualStandardDeviation,
    double RSquared,
    IReadOnlyList<double> Response,
    IReadOnlyList<double[]> Predictors
);
