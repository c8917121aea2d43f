using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Streaming;

public sealed class CsvNumericStreamTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"asr-stream-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Rows_after_a_quoted_field_with_a_newline_keep_their_physical_line_numbers()
    {
        // Given a label spanning two lines on the second data row
        File.WriteAllText(_path, "y,note,x\n1,plain,2\n2,\"two\nlines\",3\n3,again,4\n");

        // When the numeric columns are streamed
        using var stream = new CsvNumericStream(_path, ["y", "x"], "note", _ => new InvalidOperationException());
        var lines = new List<int>();
        var x = new List<double>();
        while (stream.MoveNext())
        {
            lines.Add(stream.Line);
            x.Add(stream.Values[1]);
        }

        // Then the row after the two-line field starts on line 5
        Assert.Equal([2, 3, 5], lines);
        Assert.Equal([2.0, 3.0, 4.0], x);
    }

    [Fact]
    public void An_empty_cell_and_nan_are_missing_and_the_first_missing_column_is_named()
    {
        // Given x empty on line 3 and y NaN on line 4
        File.WriteAllText(_path, "y,x\n1,2\n2,\n NaN ,4\n");

        // When the rows are streamed
        using var stream = new CsvNumericStream(_path, ["y", "x"], null, _ => new InvalidOperationException());
        var missing = new List<int>();
        while (stream.MoveNext())
        {
            missing.Add(stream.MissingIndex);
        }

        // Then the complete row has no missing index, the others name their column
        Assert.Equal([-1, 1, 0], missing);
        Assert.Equal(("x", 2), stream.UsedColumn(1));
    }

    [Fact]
    public void Text_before_any_number_is_reported_with_the_first_number_further_down()
    {
        // Given a word on line 2 and the column's first number on line 4
        File.WriteAllText(_path, "y,x\n1,abc\n2,\n3,7.5\n");

        // When the rows are streamed
        NonNumericCell? reported = null;
        using var stream = new CsvNumericStream(
            _path,
            ["y", "x"],
            null,
            cell =>
            {
                reported = cell;
                return new InvalidOperationException();
            }
        );

        // Then the text cell is reported with its line, column and the example number
        Assert.Throws<InvalidOperationException>(() => stream.MoveNext());
        Assert.Equal(new NonNumericCell(_path, "x", 2, 2, "abc", "abc", 2, "7.5", 4), reported);
    }

    [Fact]
    public void A_duplicate_column_name_is_a_located_error()
    {
        // Given a header naming x twice
        File.WriteAllText(_path, "y,x,x\n1,2,3\n");

        // When the header is read
        var error = Assert.Throws<DataFormatException>(() => CsvNumericStream.ReadHeader(_path));

        // Then the error points at the second x
        Assert.Equal(3, error.Column);
        Assert.Contains("duplicate column name", error.Message);
    }

    [Fact]
    public void A_file_is_cut_at_row_boundaries_and_its_parts_hold_every_row_once()
    {
        // Given a file of 200 rows
        File.WriteAllText(_path, "y,x\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"{i},{i * 2}\n")));

        // When it is cut into parts of at least 300 bytes and each part is read
        var ranges = CsvNumericStream.Ranges(_path, 4, 300);
        var values = new List<double>();
        var lines = 0;
        foreach (var range in ranges)
        {
            using var stream = new CsvNumericStream(_path, range, ["y", "x"], ["y"], null, _ => new InvalidOperationException());
            while (stream.MoveNext())
            {
                values.Add(stream.Values[0]);
            }

            lines += stream.LinesRead;
        }

        // Then there are four parts, and together they hold every row once, in order, and every line
        Assert.Equal(4, ranges.Count);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (double)i), values);
        Assert.Equal(201, lines);
    }

    [Fact]
    public void A_file_with_quotes_is_not_cut()
    {
        // Given a file whose first half has a quoted field
        File.WriteAllText(_path, "y,x\n1,\"2\"\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"{i},{i * 2}\n")));

        // When parts are asked for
        var ranges = CsvNumericStream.Ranges(_path, 4, 300);

        // Then the whole file is one part, as a line feed might be inside quotes
        Assert.Equal([new ByteRange(0, new FileInfo(_path).Length)], ranges);
    }

    [Fact]
    public void Parts_of_a_file_with_a_byte_order_mark_and_crlf_line_ends_read_like_the_whole_file()
    {
        // Given a UTF-8 file with a byte order mark and CRLF line ends
        var text = "y,x\r\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"{i},{i * 2}\r\n"));
        File.WriteAllText(_path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        // When it is cut into parts and each part is read
        var ranges = CsvNumericStream.Ranges(_path, 3, 300);
        var x = new List<double>();
        foreach (var range in ranges)
        {
            using var stream = new CsvNumericStream(_path, range, ["y", "x"], ["x"], null, _ => new InvalidOperationException());
            while (stream.MoveNext())
            {
                x.Add(stream.Values[0]);
            }
        }

        // Then the header is found despite the mark and every value is read once
        Assert.Equal(3, ranges.Count);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => 2.0 * i), x);
    }

    [Fact]
    public void Labels_are_kept_as_written_and_the_stream_tells_whether_all_are_numbers()
    {
        // Given labels 1, 1.0 (quoted) and a word
        File.WriteAllText(_path, "y,g\n1,1\n2,\"1.0\"\n3,a\n");

        // When the rows are streamed
        using var stream = new CsvNumericStream(_path, ["y"], "g", _ => new InvalidOperationException());
        var labels = new List<string?>();
        var numbers = new List<bool>();
        while (stream.MoveNext())
        {
            labels.Add(stream.Label);
            numbers.Add(stream.LabelsAreNumbers);
        }

        // Then each label is its text, and the column stops being numeric at the word
        Assert.Equal(["1", "1.0", "a"], labels);
        Assert.Equal([true, true, false], numbers);
        Assert.Equal(CsvNumericStream.NumericLabel("1"), CsvNumericStream.NumericLabel("1.0"));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_of_an_unused_column_is_a_located_error()
    {
        // Given a stray quote on line 3 in a column not read
        File.WriteAllText(_path, "y,note\n1,ok\n2,a\"b\n");

        // When the rows are streamed
        using var stream = new CsvNumericStream(_path, ["y"], null, _ => new InvalidOperationException());
        var error = Assert.Throws<DataFormatException>(() =>
        {
            while (stream.MoveNext()) { }
        });

        // Then the error names line and column
        Assert.Equal((3, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Parts_cut_without_a_scan_for_quotes_stop_at_a_quote()
    {
        // Given a file with a quoted field in its last quarter
        File.WriteAllText(
            _path,
            "y,x\n" + string.Concat(Enumerable.Range(1, 200).Select(i => i == 180 ? "180,\"360\"\n" : $"{i},{i * 2}\n"))
        );

        // When it is cut without a scan for quotes and its last part is read
        var ranges = CsvNumericStream.Ranges(_path, 4, 300, scanForQuotes: false);
        using var stream = new CsvNumericStream(_path, ranges[^1], ["y", "x"], ["x"], null, _ => new InvalidOperationException());
        var error = Assert.Throws<DataFormatException>(() =>
        {
            while (stream.MoveNext()) { }
        });

        // Then there are four parts, and the quote is an error telling the caller to read the file in one piece
        Assert.Equal(4, ranges.Count);
        Assert.Contains("read in one piece", error.Message);
    }
}
