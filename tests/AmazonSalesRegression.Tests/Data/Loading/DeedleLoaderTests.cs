using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Tests.Data.Loading;

public sealed class DeedleLoaderTests
{
    [Fact]
    public void A_sales_file_becomes_a_frame_with_a_typed_series_per_column()
    {
        // Given
        using var file = new TempCsvFile(SalesFixture.Text);

        // When
        var frame = DeedleLoader.LoadSales(file.Path);

        // Then
        Assert.Equal(4, frame.RowCount);
        Assert.Equal(SalesColumns.All, frame.ColumnKeys);
        var types = frame.ColumnKeys.Zip(frame.ColumnTypes).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(typeof(DateTime), types[SalesColumns.Date]);
        Assert.Equal(typeof(string), types[SalesColumns.Sku]);
        Assert.Equal(typeof(double), types[SalesColumns.ListPrice]);
        Assert.Equal(typeof(int), types[SalesColumns.UnitsSold]);
        Assert.Equal(typeof(bool), types[SalesColumns.PrimeDay]);
    }

    [Fact]
    public void Frame_values_equal_the_file_values_keyed_by_row_index()
    {
        // Given
        var table = SalesCsv.LoadTable(new StringReader(SalesFixture.Text), SalesFixture.Source);

        // When
        var frame = DeedleLoader.ToFrame(table);

        // Then
        Assert.Equal(17.99, frame.GetColumn<double>(SalesColumns.SellingPrice).Get(3));
        Assert.Equal("Home, Kitchen", frame.GetColumn<string>(SalesColumns.Category).Get(1));
        Assert.Equal(new DateTime(2024, 7, 16), frame.GetColumn<DateTime>(SalesColumns.Date).Get(0));
        Assert.Equal(21, frame.GetColumn<int>(SalesColumns.UnitsSold).Get(0));
    }

    [Fact]
    public void Daily_series_totals_units_per_day_in_date_order()
    {
        // Given
        var table = SalesCsv.LoadTable(new StringReader(SalesFixture.Text), SalesFixture.Source);

        // When
        var daily = DeedleLoader.DailySeries(table, SalesColumns.UnitsSold);

        // Then
        Assert.Equal([new DateTime(2024, 7, 16), new DateTime(2024, 7, 17)], daily.Keys);
        Assert.Equal([27.0, 9.0], daily.Values);
    }

    [Fact]
    public void Daily_series_can_average_instead_of_summing()
    {
        // Given
        var table = SalesCsv.LoadTable(new StringReader(SalesFixture.Text), SalesFixture.Source);

        // When
        var daily = DeedleLoader.DailySeries(table, SalesColumns.SellingPrice, DailyAggregate.Mean);

        // Then (12 decimal places: about 14 significant digits for values near 30)
        Assert.Equal((44.99 + 19.99) / 2, daily.Get(new DateTime(2024, 7, 16)), 12);
        Assert.Equal((49.99 + 17.99) / 2, daily.Get(new DateTime(2024, 7, 17)), 12);
    }

    [Fact]
    public void An_inferred_user_csv_gives_a_frame_and_a_daily_series_from_its_text_dates()
    {
        // Given
        var table = CsvReader.ReadInferred(new StringReader("day,orders\n2024-02-02,3\n2024-02-01,4\n2024-02-02,5\n"), "user.csv");

        // When
        var frame = DeedleLoader.ToFrame(table);
        var daily = DeedleLoader.DailySeries(table, "orders", dateColumn: "day");

        // Then
        Assert.Equal([typeof(string), typeof(double)], frame.ColumnTypes);
        Assert.Equal([new DateTime(2024, 2, 1), new DateTime(2024, 2, 2)], daily.Keys);
        Assert.Equal([4.0, 8.0], daily.Values);
    }

    [Fact]
    public void A_text_date_that_is_not_yyyy_MM_dd_is_reported_at_its_line_and_column()
    {
        // Given
        var table = CsvReader.ReadInferred(new StringReader("orders,day\n3,2024-02-02\n4,02/03/2024\n"), "user.csv");

        // When
        var error = Assert.Throws<DataFormatException>(() => DeedleLoader.DailySeries(table, "orders", dateColumn: "day"));

        // Then
        Assert.Equal("user.csv:3:2: column 'day': expected a date as yyyy-MM-dd (e.g. 2024-03-15), found '02/03/2024'", error.Message);
    }
}
