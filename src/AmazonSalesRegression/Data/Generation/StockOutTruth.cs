namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The stock-out process: a two-state Markov chain per SKU (in stock on the first day). While out of stock the SKU
/// sells only a fraction f ~ U(0, <paramref name="MaxCensoredFraction"/>) of its demand, rounded down: censored sales.
/// </summary>
/// <param name="DailyStockOutProbability">Probability of going out of stock on a day after an in-stock day.</param>
/// <param name="DailyRestockProbability">Probability of being back in stock on a day after an out-of-stock day.</param>
/// <param name="MaxCensoredFraction">Largest share of demand sold on an out-of-stock day.</param>
/// <param name="Episodes">Every stock-out episode in the data, ordered by SKU then start date.</param>
public sealed record StockOutTruth(
    double DailyStockOutProbability,
    double DailyRestockProbability,
    double MaxCensoredFraction,
    IReadOnlyList<StockOutEpisode> Episodes
);
