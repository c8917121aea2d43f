namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>An OLS fit and what produced it, as the text and JSON output need it (from the in-memory or the streaming path).</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Dropped">The rows dropped for missing values.</param>
/// <param name="Features">The predictor columns of a target/features fit; empty for a formula.</param>
/// <param name="DefaultFeatures">Whether <paramref name="Features"/> is the default set.</param>
/// <param name="HasIntercept">Whether the model has an intercept.</param>
/// <param name="Inference">The coefficient table under the requested covariance, and the summary with the model statistics and diagnostics.</param>
internal sealed record FitOutcome(
    FitRequest Request,
    DroppedRows Dropped,
    IReadOnlyList<string> Features,
    bool DefaultFeatures,
    bool HasIntercept,
    FitInference Inference
);
