using AmazonSalesRegression.Data.Quality;

namespace AmazonSalesRegression.Tests.Data.Quality;

public sealed class OutlierScanTests
{
    [Fact]
    public void A_bulk_order_is_found_by_its_conversion()
    {
        // Given
        var rows = SalesDataQualityTests.Panel(60, ["BOOK-001", "BOOK-002", "BOOK-003", "BOOK-004"]);
        rows[101] = rows[101] with { UnitsSold = rows[101].UnitsSold * 8, Revenue = rows[101].UnitsSold * 8 * 18.0 };

        // When
        var found = OutlierScan.Find(rows);

        // Then
        var candidate = Assert.Single(found);
        Assert.Equal(101, candidate.Row);
        Assert.Contains("conversion", candidate.Signal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_viral_spike_with_matching_traffic_is_found_by_demand_only()
    {
        // Given
        var rows = SalesDataQualityTests.Panel(60, ["BOOK-001", "BOOK-002", "BOOK-003", "BOOK-004"]);
        var r = rows[150];
        rows[150] = r with
        {
            UnitsSold = r.UnitsSold * 6,
            Sessions = r.Sessions * 6,
            PageViews = r.PageViews * 6,
            Revenue = r.UnitsSold * 6 * 18.0,
        };

        // When
        var candidate = Assert.Single(OutlierScan.Find(rows));

        // Then
        Assert.Equal(150, candidate.Row);
        Assert.Equal("demand", candidate.Signal);
        Assert.InRange(candidate.ConversionZ, -6, 6);
    }

    [Fact]
    public void Ordinary_variation_and_stock_outs_are_not_flagged()
    {
        // Given
        var rows = SalesDataQualityTests.Panel(60, ["BOOK-001", "BOOK-002"]);
        rows[40] = rows[40] with { InStock = false, UnitsSold = 0, Revenue = 0, ReferralFee = 0 };

        // When
        var found = OutlierScan.Find(rows);

        // Then
        Assert.Empty(found);
        Assert.Equal(rows.Count - 1, OutlierScan.Scores(rows).Count);
    }
}
