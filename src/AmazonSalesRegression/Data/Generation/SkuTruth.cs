namespace AmazonSalesRegression.Data.Generation;

/// <summary>True fixed attributes of one SKU.</summary>
/// <param name="Sku">SKU id, e.g. <c>ELEC-001</c>.</param>
/// <param name="Category">Category name.</param>
/// <param name="Fulfilment"><c>FBA</c> or <c>FBM</c>, fixed for the whole period.</param>
/// <param name="BaseUnits">U: median daily demand at list price with the competitor at list price, no advertising,
/// rating 4.0, FBM, on a Monday with zero trend and seasonal terms.</param>
/// <param name="BaseLevel">a_sku = log U − (e_cat + θ)·log P₀: the SKU's intercept in the log-demand equation.</param>
/// <param name="InitialListPrice">P₀, the list price on the first day, USD.</param>
/// <param name="ListPriceChanges">Later list price changes, in date order.</param>
/// <param name="BaseRating">Centre of the rating drift, stars.</param>
/// <param name="InitialReviewCount">Reviews before the first day.</param>
/// <param name="BaseAdBudget">B₀, the median total daily ad budget, USD.</param>
public sealed record SkuTruth(
    string Sku,
    string Category,
    string Fulfilment,
    double BaseUnits,
    double BaseLevel,
    double InitialListPrice,
    IReadOnlyList<ListPriceChange> ListPriceChanges,
    double BaseRating,
    int InitialReviewCount,
    double BaseAdBudget
);
