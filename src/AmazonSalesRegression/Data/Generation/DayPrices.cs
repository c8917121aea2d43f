namespace AmazonSalesRegression.Data.Generation;

/// <summary>One SKU-day's prices in integer cents, so that selling = list − discount holds exactly.</summary>
/// <param name="ListCents">List price.</param>
/// <param name="SellingCents">Selling price.</param>
/// <param name="CompetitorCents">Competitor price.</param>
internal readonly record struct DayPrices(long ListCents, long SellingCents, long CompetitorCents);
