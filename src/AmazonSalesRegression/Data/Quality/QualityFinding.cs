namespace AmazonSalesRegression.Data.Quality;

/// <summary>One row (or missing row) that breaks a data-quality check.</summary>
/// <param name="Row">0-based index of the row in the checked list, or <see langword="null"/> when the row is missing from the data.</param>
/// <param name="Date">The row's day.</param>
/// <param name="Sku">The row's SKU.</param>
/// <param name="Columns">The columns involved, comma-separated, e.g. <c>selling_price, list_price, discount</c>.</param>
/// <param name="Detail">What was expected and what was found.</param>
public sealed record QualityFinding(int? Row, DateOnly Date, string Sku, string Columns, string Detail);
