namespace AmazonSalesRegression.Data.Quality;

public static partial class SalesDataQuality
{
    /// <summary>Name of the check for discounts of 0 to 30 % of the list price.</summary>
    public const string DiscountRange = "0 ≤ discount ≤ 30 % of list_price";

    /// <summary>Name of the check for competitor prices of 0.80 to 1.15 times the list price.</summary>
    public const string CompetitorRange = "competitor_price within 0.80–1.15 × list_price";

    private static IEnumerable<QualityCheck> RangeChecks(IReadOnlyList<SalesRecord> rows)
    {
        yield return RowCheck(
            rows,
            "prices > 0",
            "list_price, selling_price, competitor_price",
            r => r.ListPrice > 0 && r.SellingPrice > 0 && r.CompetitorPrice > 0,
            r => Text($"prices {r.ListPrice}, {r.SellingPrice}, {r.CompetitorPrice}")
        );
        yield return RowCheck(
            rows,
            DiscountRange,
            "discount, list_price",
            r => r.Discount >= 0 && Cents(r.Discount) <= Math.Round(30 * Cents(r.ListPrice) / 100.0, MidpointRounding.AwayFromZero),
            r => Text($"discount {r.Discount} on list price {r.ListPrice}")
        );
        yield return RowCheck(
            rows,
            CompetitorRange,
            "competitor_price, list_price",
            r =>
                Cents(r.CompetitorPrice) >= Math.Floor(80.0 * Cents(r.ListPrice) / 100)
                && Cents(r.CompetitorPrice) <= Math.Ceiling(115.0 * Cents(r.ListPrice) / 100),
            r => Text($"competitor {r.CompetitorPrice} vs list {r.ListPrice}")
        );
        yield return RowCheck(
            rows,
            "counts and ad spend ≥ 0",
            "units_sold, sessions, page_views, review_count, ad_spend_*",
            r =>
                r.UnitsSold >= 0
                && r.Sessions >= 0
                && r.PageViews >= 0
                && r.ReviewCount >= 0
                && r.AdSpendSponsoredProducts >= 0
                && r.AdSpendSponsoredBrands >= 0
                && r.AdSpendDisplay >= 0,
            r => "a count or a spend is negative"
        );
        yield return RowCheck(
            rows,
            "1 ≤ avg_rating ≤ 5",
            "avg_rating",
            r => r.AverageRating is >= 1 and <= 5,
            r => Text($"rating {r.AverageRating}")
        );
        yield return RowCheck(
            rows,
            "page_views ≥ sessions",
            "page_views, sessions",
            r => r.PageViews >= r.Sessions,
            r => Text($"{r.PageViews} page views < {r.Sessions} sessions")
        );
    }

    private static QualityCheck Missing(IReadOnlyList<SalesRecord> rows)
    {
        var findings = new List<QualityFinding>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            double[] numbers =
            [
                r.ListPrice,
                r.SellingPrice,
                r.Discount,
                r.CompetitorPrice,
                r.AdSpendSponsoredProducts,
                r.AdSpendSponsoredBrands,
                r.AdSpendDisplay,
                r.AverageRating,
                r.Revenue,
                r.ReferralFee,
            ];
            var textMissing =
                string.IsNullOrWhiteSpace(r.Sku) || string.IsNullOrWhiteSpace(r.Category) || string.IsNullOrWhiteSpace(r.Fulfilment);
            if (textMissing || numbers.Any(v => !double.IsFinite(v)))
            {
                findings.Add(new QualityFinding(i, r.Date, r.Sku, "all columns", "a number is NaN or infinite, or a text field is empty"));
            }
        }

        return new QualityCheck(NoMissing, "all columns", rows.Count, findings);
    }
}
