namespace AmazonSalesRegression.Data.Generation;

/// <summary>A SKU ready for simulation: its truth, its category and its list prices in cents.</summary>
/// <param name="Truth">The SKU's fixed attributes.</param>
/// <param name="Category">The SKU's category parameters.</param>
/// <param name="Key">Stream key: category index × 1000 + SKU number.</param>
/// <param name="InitialListCents">List price on the first day, cents.</param>
/// <param name="ListPriceChanges">Later list prices in cents, keyed by the first day at that price.</param>
internal sealed record SkuSetup(
    SkuTruth Truth,
    CategoryTruth Category,
    int Key,
    long InitialListCents,
    IReadOnlyList<(DateOnly Date, long Cents)> ListPriceChanges
);
