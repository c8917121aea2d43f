using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>A fit and what produced it.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Result">The fit.</param>
/// <param name="Data">The rows used and the rows dropped.</param>
/// <param name="Inference">The coefficient table under the requested covariance.</param>
internal sealed record FitOutcome(FitRequest Request, OlsResult Result, PreparedData Data, FitInference Inference);
