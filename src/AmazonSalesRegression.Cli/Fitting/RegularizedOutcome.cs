using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>A regularized fit and what produced it.</summary>
/// <param name="Request">The data request.</param>
/// <param name="Regularization">The regularization request.</param>
/// <param name="Fit">The fit reported: at <c>--lambda</c>, or at λ_min with <c>--cv</c>.</param>
/// <param name="CrossValidation">The CV curve with <c>--cv</c>, otherwise null.</param>
/// <param name="Dropped">The rows left out for missing values.</param>
internal sealed record RegularizedOutcome(
    FitRequest Request,
    RegularizationRequest Regularization,
    ElasticNetFit Fit,
    CrossValidationResult? CrossValidation,
    DroppedRows Dropped
);
