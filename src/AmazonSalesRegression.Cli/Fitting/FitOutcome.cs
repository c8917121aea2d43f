using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>A fit and the request that produced it.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Result">The fit.</param>
internal sealed record FitOutcome(FitRequest Request, OlsResult Result);
