using System.Globalization;
using System.Text;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

/// <summary>
/// The reader cuts its input into blocks at record boundaries and parses parts of a block in parallel; tiny blocks
/// put boundaries everywhere, including next to quoted line breaks, doubled quotes and CRLF pairs.
/// </summary>
public sealed class CsvBlockBoundaryTests
{
    private static readonly CsvParallelism TinyBlocks = new(Workers: 3, BlockChars: 64, MinimumCharsToSplit: 0);
    private static readonly CsvParallelism OneBlock = new(Workers: 1, BlockChars: 1 << 20, MinimumCharsToSplit: int.MaxValue);

    private static readonly CsvSchema Schema = new([
        new CsvColumn("id", CsvColumnType.Int32),
        new CsvColumn("value", CsvColumnType.Double),
        new CsvColumn("text", CsvColumnType.String) { AllowEmpty = true },
    ]);

    [Fact]
    public void Tiny_parallel_blocks_give_the_same_table_and_lines_as_one_block()
    {
        // Given
        var text = TrickyCsv(rows: 400, seed: 11);

        // When
        var split = Read(text, TinyBlocks);
        var whole = Read(text, OneBlock);

        // Then
        Assert.Equal(400, split.RowCount);
        Assert.Equal(whole.LineNumbers, split.LineNumbers);
        Assert.Equal(whole.Get<int>("id"), split.Get<int>("id"));
        Assert.Equal(whole.Get<double>("value"), split.Get<double>("value"));
        Assert.Equal(whole.Get<string>("text"), split.Get<string>("text"));
        Assert.Equal(Enumerable.Range(0, 400), split.Get<int>("id"));
    }

    [Fact]
    public void Parallel_blocks_of_default_size_read_a_larger_file_in_order()
    {
        // Given
        var text = TrickyCsv(rows: 3000, seed: 5);

        // When
        var table = CsvReader.Read(
            new StringReader(text),
            "big.csv",
            Schema,
            CsvReadOptions.Default,
            new CsvParallelism(2, 1 << 14, 1 << 12)
        );

        // Then
        Assert.Equal(Enumerable.Range(0, 3000), table.Get<int>("id"));
        Assert.Equal(Read(text, OneBlock).LineNumbers, table.LineNumbers);
    }

    [Fact]
    public void The_first_error_in_file_order_is_thrown_when_several_blocks_fail()
    {
        // Given
        var text = TrickyCsv(rows: 300, seed: 3, bad: new() { [40] = "early-error", [250] = "late-error" });

        // When
        var split = Assert.Throws<DataFormatException>(() => Read(text, TinyBlocks));
        var whole = Assert.Throws<DataFormatException>(() => Read(text, OneBlock));

        // Then
        Assert.Equal(whole.Message, split.Message);
        Assert.EndsWith("found 'early-error'", split.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipped_rows_from_all_blocks_are_reported_in_file_order()
    {
        // Given
        var text = TrickyCsv(rows: 300, seed: 8, bad: new() { [40] = "bad", [250] = "bad" }, blankLineBefore: 41);
        var options = new CsvReadOptions { BadRows = BadRowPolicy.Skip };

        // When
        var split = CsvReader.Read(new StringReader(text), "t.csv", Schema, options, TinyBlocks);
        var whole = CsvReader.Read(new StringReader(text), "t.csv", Schema, options, OneBlock);

        // Then
        Assert.Equal(3, split.SkippedRows.Count);
        Assert.Equal(whole.SkippedRows.Select(e => e.Message), split.SkippedRows.Select(e => e.Message));
        Assert.Equal(whole.LineNumbers, split.LineNumbers);
    }

    [Fact]
    public void Blank_lines_at_the_end_of_one_block_followed_by_rows_in_the_next_are_an_error()
    {
        // Given
        var text = "id,value,text\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"{i},1,a\n")) + "\n\n\n" + "10,1,a\n";

        // When
        var error = Assert.Throws<DataFormatException>(() => Read(text, TinyBlocks));

        // Then
        Assert.Equal(12, error.Line);
        Assert.StartsWith("t.csv:12: blank line between rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_in_a_late_block_names_its_opening_line()
    {
        // Given
        var text = "id,value,text\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"{i},1,a\n")) + "20,1,\"open\n21,1,a\n22,1,a\n";

        // When
        var error = Assert.Throws<DataFormatException>(() => Read(text, TinyBlocks));

        // Then
        Assert.Equal((22, 3), (error.Line, error.Column));
    }

    private static ColumnTable Read(string text, CsvParallelism parallelism) =>
        CsvReader.Read(new StringReader(text), "t.csv", Schema, CsvReadOptions.Default, parallelism);

    // Rows whose text fields mix plain text, commas, doubled quotes, quoted LF and CRLF line breaks and empties;
    // `bad` replaces the value field of some rows; `blankLineBefore` puts an empty line before one row.
    private static string TrickyCsv(int rows, int seed, Dictionary<int, string>? bad = null, int blankLineBefore = -1)
    {
        var random = new Random(seed);
        var texts = new[] { "plain", "\"with, comma\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "\"crlf\r\ninside\"", "", "\"\"" };
        var builder = new StringBuilder("id,value,text\r\n");
        for (var i = 0; i < rows; i++)
        {
            builder.Append(i == blankLineBefore ? "\n" : "");
            var value = Math.Round(random.NextDouble() * 1000, 2).ToString(CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"{i},{bad?.GetValueOrDefault(i) ?? value},{texts[random.Next(texts.Length)]}");
            builder.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }

        return builder.ToString();
    }
}
