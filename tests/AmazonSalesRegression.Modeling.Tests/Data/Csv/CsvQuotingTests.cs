using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

/// <summary>The record and quoting rules of the reader (RFC 4180 quoting checked on top of Sep's tokenizing).</summary>
public sealed class CsvQuotingTests
{
    private static readonly CsvSchema TwoTexts = new([
        new CsvColumn("a", CsvColumnType.String) { AllowEmpty = true },
        new CsvColumn("b", CsvColumnType.String) { AllowEmpty = true },
    ]);

    [Fact]
    public void Quoted_fields_keep_commas_and_line_breaks_and_a_doubled_quote_becomes_one_quote()
    {
        // Given
        const string text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\"\"\n";

        // When
        var table = Read(text);

        // Then
        Assert.Equal(["x, y", "two\r\nlines"], table.Get<string>("a"));
        Assert.Equal(["say \"hi\"", ""], table.Get<string>("b"));
        Assert.Equal([2, 3], table.LineNumbers);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_at_its_line_and_column()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Read("a,b\n1,2 \"inch\"\n"));

        // Then
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("unexpected '\"' inside an unquoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_naming_the_character()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Read("a,b\n\"x\"y,2\n"));

        // Then
        Assert.Equal("t.csv:2:1: unexpected 'y' after a closing quote; expected ',' or the end of the line", error.Message);
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_and_column_where_it_opened()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Read("a,b\n1,2\n3,\"open\n4,5\n6,7\n"));

        // Then
        Assert.Equal(
            "t.csv:3:2: unterminated quoted field: the quote opened on line 3 is never closed (double a quote inside a quoted field as \"\")",
            error.Message
        );
    }

    [Fact]
    public void A_byte_order_mark_character_from_a_text_reader_is_not_part_of_the_first_name()
    {
        // When
        var table = Read("\uFEFFa,b\n1,2\n");

        // Then
        Assert.Equal(["a", "b"], table.ColumnNames);
    }

    [Fact]
    public void A_record_longer_than_the_read_block_is_read_whole()
    {
        // Given
        var longText = new string('x', 200_000);

        // When
        var table = Read($"a,b\n\"{longText}\",{longText}\n1,2\n");

        // Then
        Assert.Equal([longText, "1"], table.Get<string>("a"));
        Assert.Equal([2, 3], table.LineNumbers);
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_record_but_does_not_start_a_new_line()
    {
        // Given a record ended by a bare CR (old Mac line end), and one in a quoted field
        const string text = "a,b\n1,2\r3,\"x\ry\"\n5,6\n";

        // When
        var table = Read(text);

        // Then line numbers count line feeds only
        Assert.Equal(["1", "3", "5"], table.Get<string>("a"));
        Assert.Equal(["2", "x\ry", "6"], table.Get<string>("b"));
        Assert.Equal([2, 2, 3], table.LineNumbers);
    }

    private static ColumnTable Read(string text) => CsvReader.Read(new StringReader(text), "t.csv", TwoTexts);
}
