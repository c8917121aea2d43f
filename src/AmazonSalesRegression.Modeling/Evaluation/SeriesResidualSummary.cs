namespace AmazonSalesRegression.Evaluation;

/// <summary>Serial correlation of one series' residuals in time order.</summary>
/// <param name="Series">The series key, e.g. the SKU.</param>
/// <param name="Length">Number of residuals.</param>
/// <param name="DurbinWatson">Durbin-Watson statistic (about 2 without autocorrelation, about 2·(1 − ρ₁) in general).</param>
/// <param name="Autocorrelations">Sample autocorrelations r₁ … r_K at lags 1 … K.</param>
public sealed record SeriesResidualSummary(string Series, int Length, double DurbinWatson, IReadOnlyList<double> Autocorrelations);
