namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The independent random streams of the generator. Each SKU has its own stream per process, so adding draws to one
/// process (or SKUs to a category) never changes the numbers of another.
/// </summary>
internal enum RandomStream
{
    SkuAttributes = 1,
    ListPrice = 2,
    Promotions = 3,
    EventDeals = 4,
    Competitor = 5,
    AdBudget = 6,
    Rating = 7,
    StockOut = 8,
    Demand = 9,
    Traffic = 10,
    Outliers = 11,
}
