namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>Accuracy of forecasts against actual values.</summary>
/// <param name="Count">Number of compared values.</param>
/// <param name="RSquared">Out-of-sample R² = 1 − SSE/SST around the holdout mean.</param>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="MapePercent">Mean absolute percentage error in percent (null on the log scale, where it means nothing).</param>
public sealed record ForecastMetrics(int Count, double RSquared, double Rmse, double Mae, double? MapePercent);
