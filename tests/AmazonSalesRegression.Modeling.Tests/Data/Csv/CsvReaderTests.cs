using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class CsvReaderTests
{
    [Fact]
    public void Each_column_is_parsed_into_its_typed_array()
    {
        // Given
        const string text = CsvInput.Header + "2024-03-15,ELEC-001,3,12.5,1,first\n2024-03-16,HOME-002,0,7,false,\n";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal(2, table.RowCount);
        Assert.Equal([new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 16)], table.Get<DateOnly>("date"));
        Assert.Equal(["ELEC-001", "HOME-002"], table.Get<string>("sku"));
        Assert.Equal([3, 0], table.Get<int>("units"));
        Assert.Equal([12.5, 7.0], table.Get<double>("price"));
        Assert.Equal([true, false], table.Get<bool>("promo"));
        Assert.Equal(["first", ""], table.Get<string>("note"));
        Assert.Equal(CsvInput.Source, table.Source);
    }

    [Fact]
    public void Columns_follow_the_schema_order_whatever_the_file_order()
    {
        // Given
        const string text = "note,promo,price,units,sku,date\nx,0,1.5,2,A,2024-01-01\n";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal(["date", "sku", "units", "price", "promo", "note"], table.ColumnNames);
        Assert.Equal([6, 5, 4, 3, 2, 1], table.Columns.Select(c => c.SourceColumn));
        Assert.Equal(1.5, table.Get<double>("price")[0]);
    }

    [Fact]
    public void Numbers_flags_and_dates_tolerate_surrounding_spaces_but_text_is_kept_exactly()
    {
        // Given
        const string text = CsvInput.Header + " 2024-03-15 , A ,  3 , 12.5 , 1 ,  padded  \n";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal(3, table.Get<int>("units")[0]);
        Assert.Equal(12.5, table.Get<double>("price")[0]);
        Assert.True(table.Get<bool>("promo")[0]);
        Assert.Equal(new DateOnly(2024, 3, 15), table.Get<DateOnly>("date")[0]);
        Assert.Equal(" A ", table.Get<string>("sku")[0]);
        Assert.Equal("  padded  ", table.Get<string>("note")[0]);
    }

    [Fact]
    public void Each_row_remembers_the_physical_line_it_starts_on_even_after_a_quoted_line_break()
    {
        // Given
        const string text = CsvInput.Header + "2024-01-01,A,1,1,0,\"two\nlines\"\r\n2024-01-02,B,2,2,1,x\n";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal([2, 4], table.LineNumbers);
        Assert.Equal("two\nlines", table.Get<string>("note")[0]);
    }

    [Fact]
    public void Crlf_line_endings_and_a_final_line_without_newline_are_read()
    {
        // Given
        const string text = "date,sku,units,price,promo,note\r\n2024-01-01,A,1,1.5,0,a\r\n2024-01-02,B,2,2.5,1,b";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal([1.5, 2.5], table.Get<double>("price"));
        Assert.Equal(["a", "b"], table.Get<string>("note"));
    }

    [Fact]
    public void A_header_without_rows_gives_an_empty_table()
    {
        // When
        var table = CsvInput.Read(CsvInput.Header);

        // Then
        Assert.Equal(0, table.RowCount);
        Assert.Equal(6, table.Columns.Count);
        Assert.Empty(table.Get<double>("price"));
    }

    [Fact]
    public void A_header_without_a_final_newline_gives_an_empty_table()
    {
        // When
        var table = CsvInput.Read(CsvInput.Header.TrimEnd('\n'));

        // Then
        Assert.Equal(0, table.RowCount);
        Assert.Equal(["date", "sku", "units", "price", "promo", "note"], table.ColumnNames);
    }

    [Fact]
    public void Empty_lines_at_the_end_of_the_file_are_ignored()
    {
        // Given
        const string text = CsvInput.Header + "2024-01-01,A,1,1,0,x\n\n\r\n\n";

        // When
        var table = CsvInput.Read(text);

        // Then
        Assert.Equal(1, table.RowCount);
        Assert.Empty(table.SkippedRows);
    }

    [Fact]
    public void A_lenient_schema_ignores_columns_it_does_not_name()
    {
        // Given
        var schema = new CsvSchema([new CsvColumn("price", CsvColumnType.Double)], strict: false);

        // When
        var table = CsvInput.Read("id,price,comment\n7,2.5,anything\n", schema);

        // Then
        Assert.Equal(["price"], table.ColumnNames);
        Assert.Equal(2, table["price"].SourceColumn);
        Assert.True(table.Contains("price"));
        Assert.False(table.Contains("comment"));
    }

    [Fact]
    public void Allowed_empty_numbers_become_NaN_and_allowed_non_finite_values_are_kept()
    {
        // Given
        var schema = new CsvSchema([
            new CsvColumn("a", CsvColumnType.Double) { AllowEmpty = true },
            new CsvColumn("b", CsvColumnType.Double) { AllowNonFinite = true },
        ]);

        // When
        var table = CsvInput.Read("a,b\n,NaN\n1,-Infinity\n", schema);

        // Then
        Assert.True(double.IsNaN(table.Get<double>("a")[0]));
        Assert.True(double.IsNaN(table.Get<double>("b")[0]));
        Assert.Equal(double.NegativeInfinity, table.Get<double>("b")[1]);
    }

    [Fact]
    public void A_row_rule_sees_the_parsed_value_of_every_type()
    {
        // Given
        var schema = new CsvSchema(
            CsvInput.Schema.Columns,
            rules:
            [
                new CsvRowRule(
                    "note",
                    "shows the row",
                    row =>
                        $"{row.GetDate("date"):yyyy-MM-dd}|{row.GetString("sku")}|{row.GetInt32("units")}|{row.GetDouble("price"):0.0}|{row.GetBoolean("promo")}"
                ),
            ]
        );

        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-03-15,A, 7 ,2.5,true,x\n", schema);

        // Then
        Assert.Equal("sales.csv:2:6: column 'note': 2024-03-15|A|7|2.5|True", error.Message);
    }

    [Fact]
    public void Repeated_category_values_share_one_string_instance()
    {
        // Given
        const string text = CsvInput.Header + "2024-01-01,ELEC-001,1,1,0,x\n2024-01-02,ELEC-001,1,1,0,x\n";

        // When
        var skus = CsvInput.Read(text).Get<string>("sku");

        // Then
        Assert.Same(skus[0], skus[1]);
    }

    [Fact]
    public void Numeric_columns_convert_to_doubles_with_flags_as_0_and_1()
    {
        // Given
        var table = CsvInput.Read(CsvInput.Header + "2024-01-01,A,4,1.5,1,x\n2024-01-02,B,5,2.5,0,y\n");

        // When
        var units = table["units"].ToDoubles();
        var promo = table["promo"].ToDoubles();

        // Then
        Assert.Equal([4.0, 5.0], units);
        Assert.Equal([1.0, 0.0], promo);
        Assert.Throws<InvalidOperationException>(() => table["sku"].ToDoubles());
    }

    [Fact]
    public void Asking_for_the_wrong_type_or_an_unknown_column_names_the_problem()
    {
        // Given
        var table = CsvInput.Read(CsvInput.Header);

        // When
        var wrongType = Assert.Throws<InvalidOperationException>(() => table.Get<double>("units"));
        var unknown = Assert.Throws<KeyNotFoundException>(() => table["revenue"]);

        // Then
        Assert.Equal("Column 'units' holds Int32 values, not Double.", wrongType.Message);
        Assert.Equal("sales.csv has no column 'revenue'; its columns are: date, sku, units, price, promo, note.", unknown.Message);
    }

    [Fact]
    public void A_later_error_can_point_back_at_the_row_line_and_column_in_the_file()
    {
        // Given
        var table = CsvInput.Read(
            "note,price\nx,1\n\"a\nb\",2\n",
            new CsvSchema([new CsvColumn("price", CsvColumnType.Double)], strict: false)
        );

        // When
        var error = table.ErrorAt(1, "price", "expected a price below 2");

        // Then
        Assert.Equal("sales.csv:3:2: column 'price': expected a price below 2", error.Message);
    }

    [Fact]
    public void A_file_is_read_by_path_and_errors_name_the_path()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "price\n1.5\nabc\n");
        try
        {
            // When
            var error = Assert.Throws<DataFormatException>(() =>
                CsvReader.Read(path, new CsvSchema([new CsvColumn("price", CsvColumnType.Double)]))
            );

            // Then
            Assert.StartsWith($"{path}:3:1: column 'price':", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_stream_is_read_and_left_open()
    {
        // Given
        using var stream = new MemoryStream("price\n2.5\n"u8.ToArray());

        // When
        var table = CsvReader.Read(stream, "stream.csv", new CsvSchema([new CsvColumn("price", CsvColumnType.Double)]));

        // Then
        Assert.Equal([2.5], table.Get<double>("price"));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void An_ill_defined_schema_is_rejected_when_it_is_built()
    {
        // When
        var intWithEmpty = Assert.Throws<ArgumentException>(() =>
            new CsvSchema([new CsvColumn("n", CsvColumnType.Int32) { AllowEmpty = true }])
        );
        var duplicate = Assert.Throws<ArgumentException>(() =>
            new CsvSchema([new CsvColumn("n", CsvColumnType.Int32), new CsvColumn("n", CsvColumnType.Double)])
        );

        // Then
        Assert.StartsWith("Column 'n' allows empty values", intWithEmpty.Message, StringComparison.Ordinal);
        Assert.StartsWith("Column 'n' appears twice", duplicate.Message, StringComparison.Ordinal);
    }
}
