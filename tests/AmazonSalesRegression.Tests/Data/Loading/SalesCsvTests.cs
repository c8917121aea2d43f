using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Tests.Data.Loading;

public sealed class SalesCsvTests
{
    [Fact]
    public void The_schema_lists_the_sales_columns_in_file_order_and_is_strict()
    {
        // When
        var schema = SalesCsv.Schema;

        // Then
        Assert.Equal(SalesColumns.All, schema.Columns.Select(c => c.Name));
        Assert.True(schema.Strict);
    }

    [Fact]
    public void A_hand_written_sales_file_loads_into_records_with_every_field()
    {
        // When
        var records = SalesCsv.Load(new StringReader(SalesFixture.Text), SalesFixture.Source);

        // Then
        Assert.Equal(4, records.Count);
        Assert.Equal(SalesFixture.FirstRecord, records[0]);
        Assert.Equal("Home, Kitchen", records[1].Category);
        Assert.Equal(new DateOnly(2024, 7, 17), records[3].Date);
        Assert.True(records[3].HolidaySeason);
        Assert.Equal(161.91, records[3].Revenue);
    }

    [Fact]
    public void A_sales_file_is_loaded_by_path_in_columnar_form_with_line_numbers()
    {
        // Given
        using var file = new TempCsvFile(SalesFixture.Text);

        // When
        var table = SalesCsv.LoadTable(file.Path);

        // Then
        Assert.Equal(SalesColumns.All, table.ColumnNames);
        Assert.Equal([2, 3, 4, 5], table.LineNumbers);
        Assert.Equal([21, 6, 0, 9], table.Get<int>(SalesColumns.UnitsSold));
        Assert.Equal(SalesFixture.FirstRecord, SalesCsv.Load(file.Path)[0]);
    }

    [Theory]
    [InlineData(SalesColumns.ListPrice, "0", "expected a value > 0, found '0'")]
    [InlineData(SalesColumns.CompetitorPrice, "-3", "expected a value > 0, found '-3'")]
    [InlineData(SalesColumns.Discount, "-1", "expected a value >= 0, found '-1'")]
    [InlineData(SalesColumns.AdSpendDisplay, "-0.5", "expected a value >= 0, found '-0.5'")]
    [InlineData(SalesColumns.AverageRating, "5.5", "expected a value from 1 to 5, found '5.5'")]
    [InlineData(SalesColumns.AverageRating, "0.9", "expected a value from 1 to 5, found '0.9'")]
    [InlineData(SalesColumns.UnitsSold, "-1", "expected a value >= 0, found '-1'")]
    [InlineData(SalesColumns.Sessions, "12.5", "expected a whole number (e.g. 42), found '12.5'")]
    [InlineData(SalesColumns.InStock, "2", "expected 0 or 1 (or true/false), found '2'")]
    [InlineData(SalesColumns.Fulfilment, "AMZ", "expected one of FBA, FBM, found 'AMZ'")]
    [InlineData(SalesColumns.Revenue, "NaN", "expected a finite number (NaN and Infinity are not allowed here), found 'NaN'")]
    [InlineData(SalesColumns.Sku, "", "expected a non-empty text value, found an empty value")]
    public void A_value_outside_its_valid_range_names_the_column_and_the_range(string column, string value, string problem)
    {
        // Given
        var text = SalesFixture.With(row: 2, column, value);

        // When
        var error = Assert.Throws<DataFormatException>(() => SalesCsv.Load(new StringReader(text), SalesFixture.Source));

        // Then
        Assert.Equal($"sales.csv:4:{SalesFixture.ColumnNumber(column)}: column '{column}': {problem}", error.Message);
    }

    [Fact]
    public void A_selling_price_that_is_not_list_price_minus_discount_is_an_error_showing_the_arithmetic()
    {
        // Given
        var text = SalesFixture.With(row: 0, SalesColumns.SellingPrice, "45.50");

        // When
        var error = Assert.Throws<DataFormatException>(() => SalesCsv.Load(new StringReader(text), SalesFixture.Source));

        // Then
        Assert.Equal(
            "sales.csv:2:6: column 'selling_price': expected list_price - discount = 49.99 - 5 = 44.99 (within 0.005), found 45.5",
            error.Message
        );
    }

    [Theory]
    [InlineData("44.995", true)]
    [InlineData("44.985", true)]
    [InlineData("44.996", false)]
    public void A_selling_price_within_half_a_cent_of_list_price_minus_discount_is_accepted(string sellingPrice, bool accepted)
    {
        // Given
        var text = SalesFixture.With(row: 0, SalesColumns.SellingPrice, sellingPrice);

        // When
        var error = Record.Exception(() => SalesCsv.Load(new StringReader(text), SalesFixture.Source));

        // Then
        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public void A_missing_sales_column_is_an_error_naming_it()
    {
        // Given
        var text = SalesFixture.Text.Replace("referral_fee", "fee", StringComparison.Ordinal);

        // When
        var error = Assert.Throws<DataFormatException>(() => SalesCsv.Load(new StringReader(text), SalesFixture.Source));

        // Then
        Assert.StartsWith(
            "sales.csv:1: column 'referral_fee': required column is missing from the header",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void An_extra_column_in_the_sales_file_is_an_error()
    {
        // Given
        var text = SalesFixture.Text.Replace("referral_fee", "referral_fee,profit", StringComparison.Ordinal);

        // When
        var error = Assert.Throws<DataFormatException>(() => SalesCsv.Load(new StringReader(text), SalesFixture.Source));

        // Then
        Assert.StartsWith("sales.csv:1:23: column 'profit': unexpected column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_bad_rows_keeps_the_good_ones_and_reports_the_bad_lines()
    {
        // Given
        var text = SalesFixture.With(row: 1, SalesColumns.AverageRating, "9");

        // When
        var table = SalesCsv.LoadTable(new StringReader(text), SalesFixture.Source, new CsvReadOptions { BadRows = BadRowPolicy.Skip });

        // Then
        Assert.Equal(3, table.RowCount);
        Assert.Equal([2, 4, 5], table.LineNumbers);
        Assert.Equal(3, Assert.Single(table.SkippedRows).Line);
        Assert.Equal(3, SalesCsv.ToRecords(table).Count);
    }
}
