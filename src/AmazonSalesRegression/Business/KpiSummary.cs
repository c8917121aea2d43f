namespace AmazonSalesRegression.Business;

/// <summary>
/// The marketplace KPIs of a group of SKU-days (a category, a month, the whole data set). Ratios are ratios of totals
/// (e.g. conversion = total units / total sessions), not means of daily ratios, so they reconcile with the sums.
/// </summary>
/// <param name="Group">The group's label, e.g. <c>Books</c> or <c>2024-07</c>.</param>
/// <param name="SkuDays">Rows in the group (one SKU on one day each).</param>
/// <param name="Revenue">Total ordered product sales, USD.</param>
/// <param name="Units">Total units ordered.</param>
/// <param name="Sessions">Total product-page sessions.</param>
/// <param name="AdSpend">Total ad spend over the three channels, USD.</param>
/// <param name="Conversion">Units per session (unit session percentage as a fraction).</param>
/// <param name="Tacos">Total advertising cost of sales: ad spend / total revenue (not ad-attributed revenue).</param>
/// <param name="TotalRoas">Total return on ad spend: total revenue / ad spend, the reciprocal of <paramref name="Tacos"/>.</param>
/// <param name="AverageSellingPrice">Revenue per unit, USD.</param>
/// <param name="PriceIndex">Mean over SKU-days of selling price / competitor price; below 1 means cheaper than the competition.</param>
/// <param name="InStockRate">Share of SKU-days in stock the whole day.</param>
public sealed record KpiSummary(
    string Group,
    int SkuDays,
    double Revenue,
    long Units,
    long Sessions,
    double AdSpend,
    double Conversion,
    double Tacos,
    double TotalRoas,
    double AverageSellingPrice,
    double PriceIndex,
    double InStockRate
);
