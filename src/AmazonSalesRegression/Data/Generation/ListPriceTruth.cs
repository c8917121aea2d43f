namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// How list prices are set: log-uniform in the category range, rounded to whole dollars minus one cent (x.99); in
/// each calendar year a SKU changes its list price once with probability <paramref name="ChangeProbabilityPerYear"/>,
/// on a uniformly drawn day, by a factor exp(U(−MaxLogChange, MaxLogChange)) before rounding.
/// </summary>
/// <param name="ChangeProbabilityPerYear">Probability of one list price change in a calendar year.</param>
/// <param name="MaxLogChange">Largest absolute change of log list price.</param>
public sealed record ListPriceTruth(double ChangeProbabilityPerYear, double MaxLogChange);
