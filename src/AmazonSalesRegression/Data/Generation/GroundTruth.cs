namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Every true parameter of the data-generating process behind one generated data set, plus the realised stock-out
/// episodes, list price changes and injected outliers. Saved next to the CSV as <c>data/amazon_sales.truth.json</c>
/// so that a regression's estimates can be compared with the truth; <c>data/README.md</c> explains each value.
/// </summary>
/// <param name="Seed">Master seed of the generator.</param>
/// <param name="StartDate">First day of the data.</param>
/// <param name="EndDate">Last day of the data (inclusive).</param>
/// <param name="SkusPerCategory">Number of SKUs in each category.</param>
/// <param name="DemandEquation">The log-demand equation in words and symbols.</param>
/// <param name="Categories">Per-category parameters (elasticity, noise, referral fee, ...).</param>
/// <param name="Demand">Coefficients of the log-demand equation shared by all categories.</param>
/// <param name="AdChannels">Response and budget split of the three advertising channels.</param>
/// <param name="AdBudget">The confounded SKU-day advertising budget.</param>
/// <param name="Promotions">The discount process.</param>
/// <param name="ListPrices">How list prices are drawn and changed.</param>
/// <param name="Competitor">The competitor price process.</param>
/// <param name="StockOuts">The stock-out process and its realised episodes.</param>
/// <param name="Reputation">Rating drift and review accumulation.</param>
/// <param name="Traffic">Sessions and page views.</param>
/// <param name="Events">Event periods overlapping the data.</param>
/// <param name="Skus">Per-SKU fixed attributes, in SKU order.</param>
/// <param name="Outliers">Injected outliers, in date then SKU order.</param>
public sealed partial record GroundTruth(
    ulong Seed,
    DateOnly StartDate,
    DateOnly EndDate,
    int SkusPerCategory,
    string DemandEquation,
    IReadOnlyList<CategoryTruth> Categories,
    DemandTruth Demand,
    IReadOnlyList<AdChannelTruth> AdChannels,
    AdBudgetTruth AdBudget,
    PromotionTruth Promotions,
    ListPriceTruth ListPrices,
    CompetitorTruth Competitor,
    StockOutTruth StockOuts,
    ReputationTruth Reputation,
    TrafficTruth Traffic,
    IReadOnlyList<EventPeriod> Events,
    IReadOnlyList<SkuTruth> Skus,
    IReadOnlyList<OutlierTruth> Outliers
)
{
    /// <summary>The parameters of the category named <paramref name="name"/>.</summary>
    /// <param name="name">Category name, e.g. <c>Books</c>.</param>
    /// <returns>The category's parameters.</returns>
    /// <exception cref="KeyNotFoundException">No category has that name.</exception>
    public CategoryTruth Category(string name) =>
        Categories.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"No category named '{name}'.");

    /// <summary>The attributes of the SKU <paramref name="sku"/>.</summary>
    /// <param name="sku">SKU id, e.g. <c>BOOK-003</c>.</param>
    /// <returns>The SKU's attributes.</returns>
    /// <exception cref="KeyNotFoundException">No SKU has that id.</exception>
    public SkuTruth Sku(string sku) => Skus.FirstOrDefault(s => s.Sku == sku) ?? throw new KeyNotFoundException($"No SKU '{sku}'.");
}
