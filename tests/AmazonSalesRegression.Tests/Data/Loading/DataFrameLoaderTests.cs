using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Loading;
using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Tests.Data.Loading;

public sealed class DataFrameLoaderTests
{
    [Fact]
    public void A_sales_file_becomes_a_data_frame_with_typed_columns()
    {
        // Given
        using var file = new TempCsvFile(SalesFixture.Text);

        // When
        var frame = DataFrameLoader.LoadSales(file.Path);

        // Then
        Assert.Equal(4, frame.Rows.Count);
        Assert.Equal(SalesColumns.All, frame.Columns.Select(c => c.Name));
        Assert.IsType<DateTimeDataFrameColumn>(frame[SalesColumns.Date]);
        Assert.IsType<StringDataFrameColumn>(frame[SalesColumns.Sku]);
        Assert.IsType<DoubleDataFrameColumn>(frame[SalesColumns.ListPrice]);
        Assert.IsType<Int32DataFrameColumn>(frame[SalesColumns.UnitsSold]);
        Assert.IsType<BooleanDataFrameColumn>(frame[SalesColumns.InStock]);
    }

    [Fact]
    public void Data_frame_values_equal_the_file_values()
    {
        // Given
        var table = SalesCsv.LoadTable(new StringReader(SalesFixture.Text), SalesFixture.Source);

        // When
        var frame = DataFrameLoader.ToDataFrame(table);

        // Then
        Assert.Equal(new DateTime(2024, 7, 17), frame[SalesColumns.Date][3]);
        Assert.Equal("Home, Kitchen", frame[SalesColumns.Category][1]);
        Assert.Equal(44.99, frame[SalesColumns.SellingPrice][0]);
        Assert.Equal(9, frame[SalesColumns.UnitsSold][3]);
        Assert.Equal(false, frame[SalesColumns.InStock][2]);
    }

    [Fact]
    public void An_inferred_user_csv_gives_double_columns_for_numbers_and_string_columns_for_text()
    {
        // Given
        using var file = new TempCsvFile("store,visits,spend\nnorth,10,1.5\nsouth,12,2.25\n");

        // When
        var frame = DataFrameLoader.LoadCsv(file.Path);

        // Then
        Assert.IsType<StringDataFrameColumn>(frame["store"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["visits"]);
        Assert.Equal(2.25, frame["spend"][1]);
        Assert.Equal(12.0, frame["visits"][1]);
    }
}
