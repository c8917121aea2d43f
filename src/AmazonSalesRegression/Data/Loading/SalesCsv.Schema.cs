using System.Globalization;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Data.Loading;

public static partial class SalesCsv
{
    /// <summary>Largest accepted difference, in USD, between <c>selling_price</c> and <c>list_price - discount</c> (half a cent).</summary>
    public const double PriceTolerance = 0.005;

    // Absorbs binary rounding of values written with two decimals, so that a difference of exactly 0.005 passes.
    private const double RoundingSlack = 1e-9;

    /// <summary>
    /// The strict sales schema, columns in <see cref="SalesColumns.All"/> order: prices (list, selling, competitor)
    /// &gt; 0; discount, ad spend, revenue and referral fee &gt;= 0; sessions, page views, review count and units
    /// &gt;= 0 (whole numbers); rating from 1 to 5; flags 0/1; fulfilment FBA or FBM; no empty values, no NaN;
    /// and <c>selling_price = list_price - discount</c> within <see cref="PriceTolerance"/>.
    /// </summary>
    public static CsvSchema Schema { get; } =
        new(
            [
                new CsvColumn(SalesColumns.Date, CsvColumnType.Date),
                new CsvColumn(SalesColumns.Sku, CsvColumnType.Category),
                new CsvColumn(SalesColumns.Category, CsvColumnType.Category),
                new CsvColumn(SalesColumns.Fulfilment, CsvColumnType.Category) { AllowedValues = ["FBA", "FBM"] },
                Number(SalesColumns.ListPrice, CsvRange.Positive),
                Number(SalesColumns.SellingPrice, CsvRange.Positive),
                Number(SalesColumns.Discount, CsvRange.NonNegative),
                Number(SalesColumns.CompetitorPrice, CsvRange.Positive),
                Number(SalesColumns.AdSpendSponsoredProducts, CsvRange.NonNegative),
                Number(SalesColumns.AdSpendSponsoredBrands, CsvRange.NonNegative),
                Number(SalesColumns.AdSpendDisplay, CsvRange.NonNegative),
                Count(SalesColumns.Sessions),
                Count(SalesColumns.PageViews),
                Number(SalesColumns.AverageRating, CsvRange.Between(1, 5)),
                Count(SalesColumns.ReviewCount),
                new CsvColumn(SalesColumns.InStock, CsvColumnType.Boolean01),
                new CsvColumn(SalesColumns.PrimeDay, CsvColumnType.Boolean01),
                new CsvColumn(SalesColumns.BlackFridayCyberMonday, CsvColumnType.Boolean01),
                new CsvColumn(SalesColumns.HolidaySeason, CsvColumnType.Boolean01),
                Count(SalesColumns.UnitsSold),
                Number(SalesColumns.Revenue, CsvRange.NonNegative),
                Number(SalesColumns.ReferralFee, CsvRange.NonNegative),
            ],
            strict: true,
            rules: [new CsvRowRule(SalesColumns.SellingPrice, "selling_price = list_price - discount, within 0.005", CheckSellingPrice)]
        );

    private static CsvColumn Number(string name, CsvRange range) => new(name, CsvColumnType.Double) { Range = range };

    private static CsvColumn Count(string name) => new(name, CsvColumnType.Int32) { Range = CsvRange.NonNegative };

    private static string? CheckSellingPrice(CsvRowValues row)
    {
        var listPrice = row.GetDouble(SalesColumns.ListPrice);
        var discount = row.GetDouble(SalesColumns.Discount);
        var sellingPrice = row.GetDouble(SalesColumns.SellingPrice);
        var expected = listPrice - discount;
        return Math.Abs(sellingPrice - expected) <= PriceTolerance + RoundingSlack
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"expected list_price - discount = {listPrice} - {discount} = {expected:0.00##} (within {PriceTolerance}), found {sellingPrice}"
            );
    }
}
