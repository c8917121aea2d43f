using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Quality;

namespace AmazonSalesRegression.Tests.Data.Quality;

public sealed class SalesDataQualityTests
{
    internal static List<SalesRecord> Panel(int days, string[] skus)
    {
        var rows = new List<SalesRecord>();
        for (var d = 0; d < days; d++)
        {
            foreach (var (sku, k) in skus.Select((s, k) => (s, k)))
            {
                var units = 40 + ((d * 7 + k * 3) % 9);
                var sessions = 400 + ((d * 5 + k * 11) % 37);
                rows.Add(
                    new SalesRecord(
                        new DateOnly(2024, 1, 1).AddDays(d),
                        sku,
                        "Books",
                        "FBA",
                        20,
                        18,
                        2,
                        21,
                        5,
                        2,
                        1,
                        sessions,
                        sessions * 2,
                        4.2,
                        100,
                        true,
                        false,
                        false,
                        false,
                        units,
                        units * 18.0,
                        units * 18.0 * 0.15
                    )
                );
            }
        }

        return rows;
    }

    [Fact]
    public void Clean_data_pass_every_check()
    {
        // Given
        var rows = Panel(30, ["BOOK-001", "BOOK-002", "BOOK-003"]);

        // When
        var report = SalesDataQuality.Check(rows);

        // Then
        Assert.True(report.Passed, string.Join("; ", report.Summary.Where(s => s.Violations > 0).Select(s => s.Check)));
        Assert.Equal(90, report[SalesDataQuality.CompletePanel].RowsChecked);
    }

    [Fact]
    public void Broken_identities_duplicates_and_gaps_are_named_by_row()
    {
        // Given
        var rows = Panel(10, ["BOOK-001", "BOOK-002"]);
        rows[3] = rows[3] with { SellingPrice = 17.99, Revenue = rows[3].UnitsSold * 17.99 };
        rows[5] = rows[5] with { Revenue = rows[5].Revenue + 0.01 };
        rows[7] = rows[6];
        rows.RemoveAt(10);

        // When
        var report = SalesDataQuality.Check(rows);

        // Then
        Assert.Equal([3], report[SalesDataQuality.PriceIdentity].Findings.Select(f => f.Row));
        Assert.Equal([5], report[SalesDataQuality.RevenueIdentity].Findings.Select(f => f.Row));
        Assert.Equal([7], report[SalesDataQuality.UniqueKeys].Findings.Select(f => f.Row));
        var gaps = report[SalesDataQuality.CompletePanel].Findings;
        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, g => Assert.Null(g.Row));
        Assert.Contains(gaps, g => g.Sku == "BOOK-002" && g.Date == new DateOnly(2024, 1, 4));
        Assert.False(report.Passed);
    }

    [Fact]
    public void A_discount_above_thirty_percent_is_flagged()
    {
        // Given
        var rows = Panel(5, ["BOOK-001"]);
        rows[2] = rows[2] with { Discount = 7, SellingPrice = 13 };

        // When
        var report = SalesDataQuality.Check(rows);

        // Then
        Assert.Equal([2], report[SalesDataQuality.DiscountRange].Findings.Select(f => f.Row));
        Assert.True(report[SalesDataQuality.PriceIdentity].Passed);
    }
}
