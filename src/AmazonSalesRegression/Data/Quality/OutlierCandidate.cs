namespace AmazonSalesRegression.Data.Quality;

/// <summary>A SKU-day whose units are implausibly high for that SKU, found by <see cref="OutlierScan"/>.</summary>
/// <param name="Row">0-based index of the row in the scanned list.</param>
/// <param name="Date">The day.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Units">Units sold that day.</param>
/// <param name="Sessions">Sessions that day.</param>
/// <param name="ConversionZ">Robust z-score of ln(units / sessions) within the SKU (bulk orders: many units, ordinary traffic).</param>
/// <param name="DemandZ">Robust z-score of ln(units) against the SKU's neighbouring days, net of the day's market-wide level (sudden spikes).</param>
/// <param name="Signal">Which scores crossed the threshold: <c>conversion</c>, <c>demand</c> or <c>conversion + demand</c>.</param>
public sealed record OutlierCandidate(
    int Row,
    DateOnly Date,
    string Sku,
    int Units,
    int Sessions,
    double ConversionZ,
    double DemandZ,
    string Signal
);
