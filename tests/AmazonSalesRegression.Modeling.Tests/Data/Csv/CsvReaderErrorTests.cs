using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class CsvReaderErrorTests
{
    private const string GoodRow = "2024-01-01,A,1,1.5,0,x\n";

    [Fact]
    public void An_empty_file_is_an_error_asking_for_a_header()
    {
        // When
        var error = CsvInput.ReadError("");

        // Then
        Assert.Equal("sales.csv:1: the file is empty; expected a header line naming the columns", error.Message);
    }

    [Fact]
    public void A_file_holding_only_a_byte_order_mark_is_empty()
    {
        // When
        var error = CsvInput.ReadError("\uFEFF");

        // Then
        Assert.Equal((1, null), (error.Line, error.Column));
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_first_line_is_an_error_asking_for_a_header()
    {
        // When
        var error = CsvInput.ReadError("\r\n" + CsvInput.Header);

        // Then
        Assert.Equal("sales.csv:1: the first line is empty; expected a header line naming the columns", error.Message);
    }

    [Fact]
    public void A_header_without_rows_is_an_error_when_rows_are_required()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header, options: new CsvReadOptions { RequireRows = true });

        // Then
        Assert.Equal("sales.csv:2: expected at least one row after the header, found none", error.Message);
    }

    [Fact]
    public void A_missing_required_column_is_named_with_the_expected_columns()
    {
        // When
        var error = CsvInput.ReadError("date,sku,units,promo,note\n");

        // Then
        Assert.Equal(
            "sales.csv:1: column 'price': required column is missing from the header; expected the columns date, sku, units, price, promo, note",
            error.Message
        );
    }

    [Fact]
    public void A_missing_column_that_differs_only_in_case_or_spaces_is_pointed_out()
    {
        // When
        var error = CsvInput.ReadError("date,sku,units, Price,promo,note\n");

        // Then
        Assert.EndsWith("(the header has ' Price', which differs only in case or spaces)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_extra_column_is_an_error_in_a_strict_schema()
    {
        // When
        var error = CsvInput.ReadError("date,sku,units,price,promo,note,colour\n");

        // Then
        Assert.Equal(
            "sales.csv:1:7: column 'colour': unexpected column; expected only the columns date, sku, units, price, promo, note",
            error.Message
        );
    }

    [Fact]
    public void A_duplicate_header_name_names_both_columns()
    {
        // When
        var error = CsvInput.ReadError("date,sku,units,price,sku,promo,note\n");

        // Then
        Assert.Equal(
            "sales.csv:1:5: column 'sku': duplicate column name; expected distinct names, but column 2 has the same name",
            error.Message
        );
    }

    [Fact]
    public void An_empty_header_name_is_an_error_at_its_column()
    {
        // When
        var error = CsvInput.ReadError("date,sku,,units,price,promo,note\n");

        // Then
        Assert.Equal("sales.csv:1:3: empty column name; expected every header field to name its column", error.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_says_how_many_were_expected_and_found()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + GoodRow + "2024-01-02,B,2,2.5\n");

        // Then
        Assert.Equal(
            "sales.csv:3:5: column 'promo': expected 6 fields as in the header, found 4; the row ends before this column",
            error.Message
        );
    }

    [Fact]
    public void A_row_with_too_many_fields_says_how_many_were_expected_and_found()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,B,2,2.5,1,x,extra,more\n");

        // Then
        Assert.Equal("sales.csv:2:7: expected 6 fields as in the header, found 8; the row has 2 extra field(s)", error.Message);
    }

    [Fact]
    public void An_unparsable_number_names_file_line_column_and_the_expected_format()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + GoodRow + "2024-01-02,B,2,abc,1,x\n");

        // Then
        Assert.Equal("sales.csv:3:4: column 'price': expected a number (invariant culture, e.g. 12.5), found 'abc'", error.Message);
        Assert.Equal(("sales.csv", 3, 4, "price"), (error.Source, error.Line, error.Column, error.Field));
    }

    [Fact]
    public void A_decimal_comma_is_not_a_number()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,B,2,\"12,5\",1,x\n");

        // Then
        Assert.Equal("sales.csv:2:4: column 'price': expected a number (invariant culture, e.g. 12.5), found '12,5'", error.Message);
    }

    [Fact]
    public void A_fraction_in_a_whole_number_column_is_an_error()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,B,3.5,2,1,x\n");

        // Then
        Assert.Equal("sales.csv:2:3: column 'units': expected a whole number (e.g. 42), found '3.5'", error.Message);
    }

    [Fact]
    public void A_date_in_another_format_is_an_error_showing_the_expected_format()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "15/03/2024,B,3,2,1,x\n");

        // Then
        Assert.Equal("sales.csv:2:1: column 'date': expected a date as yyyy-MM-dd (e.g. 2024-03-15), found '15/03/2024'", error.Message);
    }

    [Fact]
    public void A_day_that_does_not_exist_is_an_error()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2023-02-29,B,3,2,1,x\n");

        // Then
        Assert.Equal("sales.csv:2:1: column 'date': expected a date as yyyy-MM-dd (e.g. 2024-03-15), found '2023-02-29'", error.Message);
    }

    [Fact]
    public void A_flag_other_than_0_1_true_or_false_is_an_error()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,B,3,2,yes,x\n");

        // Then
        Assert.Equal("sales.csv:2:5: column 'promo': expected 0 or 1 (or true/false), found 'yes'", error.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NaN_and_infinities_are_errors_unless_allowed(string value)
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + $"2024-01-02,B,3,{value},1,x\n");

        // Then
        Assert.Equal(
            $"sales.csv:2:4: column 'price': expected a finite number (NaN and Infinity are not allowed here), found '{value}'",
            error.Message
        );
    }

    [Fact]
    public void An_empty_number_is_an_error_unless_allowed()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,B,3,  ,1,x\n");

        // Then
        Assert.Equal(
            "sales.csv:2:4: column 'price': expected a number (invariant culture, e.g. 12.5), found an empty value",
            error.Message
        );
    }

    [Fact]
    public void An_empty_text_value_is_an_error_unless_allowed()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-02,\"\",3,1,1,x\n");

        // Then
        Assert.Equal("sales.csv:2:2: column 'sku': expected a non-empty text value, found an empty value", error.Message);
    }

    [Fact]
    public void An_unterminated_quoted_field_names_the_line_where_the_quote_opened()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + GoodRow + "2024-01-02,B,3,1,1,\"never closed\n" + GoodRow + GoodRow);

        // Then
        Assert.Equal(
            "sales.csv:3:6: unterminated quoted field: the quote opened on line 3 is never closed (double a quote inside a quoted field as \"\")",
            error.Message
        );
    }

    [Fact]
    public void An_empty_line_between_rows_is_an_error()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + GoodRow + "\n" + GoodRow);

        // Then
        Assert.Equal(
            "sales.csv:3: blank line between rows; expected 6 fields as in the header (empty lines are only allowed at the end of the file)",
            error.Message
        );
    }

    [Fact]
    public void A_value_outside_the_column_range_names_the_range()
    {
        // Given
        var schema = new CsvSchema([new CsvColumn("rating", CsvColumnType.Double) { Range = CsvRange.Between(1, 5) }]);

        // When
        var error = CsvInput.ReadError("rating\n4.5\n5.5\n", schema);

        // Then
        Assert.Equal("sales.csv:3:1: column 'rating': expected a value from 1 to 5, found '5.5'", error.Message);
    }

    [Fact]
    public void A_label_outside_the_allowed_values_lists_them()
    {
        // Given
        var schema = new CsvSchema([new CsvColumn("channel", CsvColumnType.Category) { AllowedValues = ["FBA", "FBM"] }]);

        // When
        var error = CsvInput.ReadError("channel\nFBA\nfba\n", schema);

        // Then
        Assert.Equal("sales.csv:3:1: column 'channel': expected one of FBA, FBM, found 'fba'", error.Message);
    }

    [Fact]
    public void A_failing_row_rule_is_reported_at_the_column_it_names()
    {
        // Given
        var schema = new CsvSchema(
            [new CsvColumn("low", CsvColumnType.Double), new CsvColumn("high", CsvColumnType.Double)],
            rules:
            [
                new CsvRowRule("high", "high >= low", row => row.GetDouble("high") >= row.GetDouble("low") ? null : "expected high >= low"),
            ]
        );

        // When
        var error = CsvInput.ReadError("low,high\n1,2\n3,2\n", schema);

        // Then
        Assert.Equal("sales.csv:3:2: column 'high': expected high >= low", error.Message);
    }

    [Fact]
    public void An_error_after_a_quoted_line_break_reports_the_physical_line()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-01,A,1,1.5,0,\"a\nb\nc\"\n2024-01-02,B,x,1.5,0,y\n");

        // Then
        Assert.Equal("sales.csv:5:3: column 'units': expected a whole number (e.g. 42), found 'x'", error.Message);
    }

    [Fact]
    public void A_long_bad_value_is_shortened_in_the_message()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + $"2024-01-02,B,3,{new string('9', 30)}x{new string('9', 30)},1,x\n");

        // Then
        Assert.EndsWith($"found '{new string('9', 30)}x999999...'", error.Message, StringComparison.Ordinal);
    }
}
