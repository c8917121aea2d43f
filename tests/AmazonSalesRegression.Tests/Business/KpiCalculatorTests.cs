using AmazonSalesRegression.Business;
using AmazonSalesRegression.Data;

namespace AmazonSalesRegression.Tests.Business;

public sealed class KpiCalculatorTests
{
    private static SalesRecord Row(string date, string category, int units, double price, int sessions, double ad, bool inStock = true) =>
        new(
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            category[..4].ToUpperInvariant() + "-001",
            category,
            "FBA",
            price,
            price,
            0,
            price * 1.25,
            ad,
            0,
            0,
            sessions,
            sessions * 2,
            4.0,
            10,
            inStock,
            false,
            false,
            false,
            units,
            units * price,
            0
        );

    [Fact]
    public void Summary_ratios_are_ratios_of_totals()
    {
        // Given
        SalesRecord[] rows = [Row("2024-01-01", "Books", 10, 20, 100, 50), Row("2024-01-02", "Books", 30, 20, 200, 150, inStock: false)];

        // When
        var kpi = KpiCalculator.Summarize(rows);

        // Then
        Assert.Equal(800, kpi.Revenue, 12);
        Assert.Equal(40, kpi.Units);
        Assert.Equal(40.0 / 300, kpi.Conversion, 12);
        Assert.Equal(200.0 / 800, kpi.Tacos, 12);
        Assert.Equal(4, kpi.TotalRoas, 12);
        Assert.Equal(20, kpi.AverageSellingPrice, 12);
        Assert.Equal(0.8, kpi.PriceIndex, 12);
        Assert.Equal(0.5, kpi.InStockRate, 12);
    }

    [Fact]
    public void Category_and_month_groups_add_up_to_the_total()
    {
        // Given
        SalesRecord[] rows =
        [
            Row("2024-01-31", "Books", 5, 10, 50, 1),
            Row("2024-02-01", "Toys", 7, 30, 70, 2),
            Row("2024-02-02", "Books", 1, 10, 9, 3),
        ];

        // When
        var byCategory = KpiCalculator.ByCategory(rows);
        var byMonth = KpiCalculator.ByPeriod(rows, KpiPeriod.Month);

        // Then
        Assert.Equal(["Books", "Toys"], byCategory.Select(k => k.Group));
        Assert.Equal(["2024-01", "2024-02"], byMonth.Select(k => k.Group));
        Assert.Equal(KpiCalculator.Summarize(rows).Revenue, byCategory.Sum(k => k.Revenue), 12);
        Assert.Equal(13, byMonth.Sum(k => k.Units));
    }

    [Fact]
    public void Weeks_are_labelled_by_their_monday()
    {
        // Given
        var sunday = new DateOnly(2024, 1, 7);

        // When
        var label = KpiCalculator.PeriodLabel(sunday, KpiPeriod.Week);

        // Then
        Assert.Equal("2024-01-01", label);
    }

    [Fact]
    public void No_rows_is_an_error()
    {
        // Given
        SalesRecord[] rows = [];

        // When
        var error = Assert.Throws<ArgumentException>(() => KpiCalculator.Summarize(rows));

        // Then
        Assert.Contains("At least one row", error.Message, StringComparison.Ordinal);
    }
}
