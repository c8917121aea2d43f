namespace AmazonSalesRegression.Data.Generation;

/// <summary>A run of consecutive out-of-stock days of one SKU.</summary>
/// <param name="Sku">SKU id.</param>
/// <param name="Start">First out-of-stock day.</param>
/// <param name="End">Last out-of-stock day (inclusive).</param>
public sealed record StockOutEpisode(string Sku, DateOnly Start, DateOnly End);
