using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

public sealed class SalesDataStructureTests
{
    private static long Cents(double dollars) => (long)Math.Round(dollars * 100.0);

    [Fact]
    public void Selling_price_is_list_price_minus_discount_exactly_in_cents()
    {
        // Given / When / Then
        Assert.All(DefaultDataSet.Records, r => Assert.Equal(Cents(r.ListPrice) - Cents(r.Discount), Cents(r.SellingPrice)));
        Assert.Contains(DefaultDataSet.Records, r => r.Discount > 0);
    }

    [Fact]
    public void Revenue_is_units_times_selling_price_and_the_fee_is_the_category_rate_of_revenue()
    {
        // Given
        var truth = DefaultDataSet.Truth;

        // When / Then: fee = rate × revenue rounded half up to the cent
        Assert.All(
            DefaultDataSet.Records,
            r =>
            {
                Assert.Equal(r.UnitsSold * Cents(r.SellingPrice), Cents(r.Revenue));
                var rate = truth.Category(r.Category).ReferralFeeRate;
                var fee = Math.Round((decimal)rate * Cents(r.Revenue), MidpointRounding.AwayFromZero);
                Assert.Equal((long)fee, Cents(r.ReferralFee));
            }
        );
    }

    [Fact]
    public void Ad_channels_are_strongly_but_not_perfectly_correlated()
    {
        // Given
        var records = DefaultDataSet.Records;
        var sp = records.Select(r => r.AdSpendSponsoredProducts).ToArray();
        var sb = records.Select(r => r.AdSpendSponsoredBrands).ToArray();
        var display = records.Select(r => r.AdSpendDisplay).ToArray();

        // When
        double[] correlations = [Pearson(sp, sb), Pearson(sp, display), Pearson(sb, display)];

        // Then: the documented band, pairwise r between 0.85 and 0.95
        Assert.All(correlations, r => Assert.InRange(r, 0.85, 0.95));
    }

    [Fact]
    public void Out_of_stock_days_are_the_truth_episodes_and_their_sales_are_censored()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var records = DefaultDataSet.Records;

        // When
        var outOfStock = records.Where(r => !r.InStock).Select(r => (r.Sku, r.Date)).ToHashSet();
        var fromEpisodes = truth
            .StockOuts.Episodes.SelectMany(e =>
                Enumerable.Range(0, e.End.DayNumber - e.Start.DayNumber + 1).Select(i => (e.Sku, e.Start.AddDays(i)))
            )
            .ToHashSet();
        var conversionIn = Median(records.Where(r => r.InStock).Select(r => (double)r.UnitsSold / r.Sessions));
        var conversionOut = Median(records.Where(r => !r.InStock).Select(r => (double)r.UnitsSold / r.Sessions));

        // Then: a few percent of SKU-days; units per session collapse (at most 15 % of demand is sold)
        Assert.Equal(fromEpisodes, outOfStock);
        Assert.InRange(outOfStock.Count / (double)records.Count, 0.01, 0.06);
        Assert.True(conversionOut < 0.2 * conversionIn, $"out-of-stock conversion {conversionOut} vs in-stock {conversionIn}");
        Assert.Contains(records, r => !r.InStock && r.UnitsSold == 0);
    }

    [Fact]
    public void Events_are_flagged_on_exactly_the_calendar_dates()
    {
        // Given
        var records = DefaultDataSet.Records;
        DateOnly[] primeDays = [new(2024, 7, 16), new(2024, 7, 17), new(2025, 7, 8), new(2025, 7, 9), new(2025, 7, 10), new(2025, 7, 11)];
        DateOnly[] bfcmDays =
        [
            new(2024, 11, 29),
            new(2024, 11, 30),
            new(2024, 12, 1),
            new(2024, 12, 2),
            new(2025, 11, 28),
            new(2025, 11, 29),
            new(2025, 11, 30),
            new(2025, 12, 1),
        ];

        // When
        DateOnly[] Flagged(Func<SalesRecord, bool> flag) => records.Where(flag).Select(r => r.Date).Distinct().Order().ToArray();

        // Then
        Assert.Equal(primeDays, Flagged(r => r.PrimeDay));
        Assert.Equal(bfcmDays, Flagged(r => r.BlackFridayCyberMonday));
        var holiday = Flagged(r => r.HolidaySeason);
        Assert.Equal(80, holiday.Length);
        Assert.All(holiday, d => Assert.True((d.Month == 11 && d.Day >= 15) || (d.Month == 12 && d.Day <= 24), $"{d}"));
        Assert.All(
            records.GroupBy(r => r.Date),
            day => Assert.Single(day.Select(r => (r.PrimeDay, r.BlackFridayCyberMonday, r.HolidaySeason)).Distinct())
        );
    }

    [Fact]
    public void Outliers_are_listed_in_the_truth_and_stand_out_in_the_data()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var bySku = DefaultDataSet.Records.GroupBy(r => r.Sku).ToDictionary(g => g.Key, g => g.ToList());

        // When / Then: units on the day are at least 2.5 times the median of the in-stock days within two weeks
        Assert.InRange(truth.Outliers.Count, 5, 10);
        Assert.All(
            truth.Outliers,
            outlier =>
            {
                var rows = bySku[outlier.Sku];
                var day = rows.Single(r => r.Date == outlier.Date);
                var neighbours = rows.Where(r =>
                        r.InStock && r.Date != outlier.Date && Math.Abs(r.Date.DayNumber - outlier.Date.DayNumber) <= 14
                    )
                    .Select(r => (double)r.UnitsSold);
                Assert.True(day.InStock);
                Assert.InRange(outlier.Factor, 4.0, 12.0);
                Assert.True(day.UnitsSold >= 2.5 * Median(neighbours), $"{outlier}: {day.UnitsSold} units");
            }
        );
        Assert.Contains(truth.Outliers, o => o.Reason == OutlierTruth.ViralMention);
        Assert.Contains(truth.Outliers, o => o.Reason == OutlierTruth.BulkOrder);
    }

    [Fact]
    public void List_prices_change_exactly_on_the_truth_dates()
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var bySku = DefaultDataSet.Records.GroupBy(r => r.Sku).ToDictionary(g => g.Key, g => g.ToList());

        // When / Then
        Assert.All(
            truth.Skus,
            sku =>
            {
                var rows = bySku[sku.Sku];
                var changes = rows.Skip(1)
                    .Zip(rows, (today, yesterday) => (today, yesterday))
                    .Where(p => p.today.ListPrice != p.yesterday.ListPrice)
                    .Select(p => new ListPriceChange(p.today.Date, p.today.ListPrice))
                    .ToList();
                Assert.Equal(sku.InitialListPrice, rows[0].ListPrice);
                Assert.Equal(sku.ListPriceChanges, changes);
            }
        );
        Assert.Contains(truth.Skus, s => s.ListPriceChanges.Count > 0);
    }

    private static double Pearson(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        double sxy = 0,
            sxx = 0,
            syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
