using System.Text;
using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Tests.Data.Csv;

public sealed class CsvTokenizerTests
{
    [Fact]
    public void Plain_records_are_split_into_fields_at_commas()
    {
        // When
        var records = Tokenize("a,b,c\n1,2,3\n");

        // Then
        Assert.Equal(
            [
                ["a", "b", "c"],
                ["1", "2", "3"],
            ],
            records.Select(r => r.Fields)
        );
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_first_header_name()
    {
        // Given
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("date,units\n2024-01-01,3\n")).ToArray();
        using var tokenizer = new CsvTokenizer(new MemoryStream(bytes), "bom.csv");

        // When
        tokenizer.ReadRecord();

        // Then
        Assert.Equal("date", tokenizer[0].ToString());
    }

    [Fact]
    public void A_byte_order_mark_character_from_a_text_reader_is_skipped_too()
    {
        // When
        var records = Tokenize("\uFEFFdate,units\n");

        // Then
        Assert.Equal(["date", "units"], records[0].Fields);
    }

    [Fact]
    public void Crlf_and_lf_line_endings_give_the_same_fields_and_lines()
    {
        // When
        var lf = Tokenize("a,b\n1,2\n3,\n");
        var crlf = Tokenize("a,b\r\n1,2\r\n3,\r\n");

        // Then
        Assert.Equal(lf.Select(r => r.Fields), crlf.Select(r => r.Fields));
        Assert.Equal([1, 2, 3], crlf.Select(r => r.Line));
    }

    [Fact]
    public void A_final_line_without_newline_is_still_a_record()
    {
        // When
        var records = Tokenize("a,b\r\n1,2");

        // Then
        Assert.Equal(["1", "2"], records[^1].Fields);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_a_doubled_quote_becomes_one_quote()
    {
        // When
        var records = Tokenize("name,note\n\"Smith, Jane\",\"she said \"\"hi\"\", twice\"\n");

        // Then
        Assert.Equal(["Smith, Jane", "she said \"hi\", twice"], records[1].Fields);
        Assert.Equal([true, true], records[1].Quoted);
    }

    [Fact]
    public void A_quoted_line_break_is_kept_and_later_records_keep_their_physical_line_numbers()
    {
        // When
        var records = Tokenize("id,text\n1,\"first\r\nsecond\nthird\"\n2,plain\n");

        // Then
        Assert.Equal("first\r\nsecond\nthird", records[1].Fields[1]);
        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Fields_after_a_quoted_line_break_report_the_line_they_start_on()
    {
        // Given
        using var tokenizer = new CsvTokenizer(new StringReader("\"a\nb\",c\n"), "t.csv");

        // When
        tokenizer.ReadRecord();

        // Then
        Assert.Equal(1, tokenizer.FieldLine(0));
        Assert.Equal(2, tokenizer.FieldLine(1));
    }

    [Fact]
    public void Empty_fields_are_empty_including_quoted_and_trailing_ones()
    {
        // When
        var records = Tokenize(",\"\",x,\n");

        // Then
        Assert.Equal(["", "", "x", ""], records[0].Fields);
    }

    [Fact]
    public void An_empty_line_is_a_blank_record_but_an_empty_quoted_field_is_not()
    {
        // Given
        using var tokenizer = new CsvTokenizer(new StringReader("a\n\n\"\"\n"), "t.csv");

        // When
        tokenizer.ReadRecord();
        tokenizer.ReadRecord();
        var blank = tokenizer.IsBlankLine;
        tokenizer.ReadRecord();

        // Then
        Assert.True(blank);
        Assert.False(tokenizer.IsBlankLine);
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_and_column_where_it_opened()
    {
        // Given
        const string text = "a,b\n1,2\n3,\"open\n4,5\n6,7\n";

        // When
        var error = Assert.Throws<DataFormatException>(() => Tokenize(text));

        // Then
        Assert.Equal(
            "t.csv:3:2: unterminated quoted field: the quote opened on line 3 is never closed (double a quote inside a quoted field as \"\")",
            error.Message
        );
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_at_its_line_and_column()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Tokenize("a,b\n1,2 \"inch\"\n"));

        // Then
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("unexpected '\"' inside an unquoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_naming_the_character()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Tokenize("a,b\n\"x\"y,2\n"));

        // Then
        Assert.Equal("t.csv:2:1: unexpected 'y' after a closing quote; expected ',' or the end of the line", error.Message);
    }

    [Fact]
    public void A_record_longer_than_the_read_block_is_read_whole()
    {
        // Given
        var longText = new string('x', 200_000);

        // When
        var records = Tokenize($"a,b\n\"{longText}\",{longText}\n1,2\n");

        // Then
        Assert.Equal([longText, longText], records[1].Fields);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void A_file_path_is_read_and_names_the_source()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"tokenizer-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a\n1\n");
        try
        {
            // When
            using var tokenizer = new CsvTokenizer(path);
            tokenizer.ReadRecord();

            // Then
            Assert.Equal(path, tokenizer.Source);
            Assert.Equal("a", tokenizer[0].ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<(string[] Fields, bool[] Quoted, int Line)> Tokenize(string text)
    {
        using var tokenizer = new CsvTokenizer(new StringReader(text), "t.csv");
        var records = new List<(string[], bool[], int)>();
        while (tokenizer.ReadRecord())
        {
            var quoted = Enumerable.Range(0, tokenizer.FieldCount).Select(tokenizer.IsQuoted).ToArray();
            records.Add((tokenizer.ToStrings(), quoted, tokenizer.RecordLine));
        }

        return records;
    }
}
