namespace AmazonSalesRegression.Data.Generation;

/// <summary>A change of a SKU's list price.</summary>
/// <param name="Date">First day at the new price.</param>
/// <param name="ListPrice">New list price, USD.</param>
public sealed record ListPriceChange(DateOnly Date, double ListPrice);
