using nietras.SeparatedValues;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// One checked record: its fields' text (quotes removed, doubled quotes undoubled) and the physical lines they
/// start on. Valid until the Sep reader it came from moves to the next row.
/// </summary>
internal readonly ref struct CsvRecord
{
    private readonly SepReader.Row _row;
    private readonly CsvRecords? _quoted;

    /// <summary>Wraps a Sep row; <paramref name="quoted"/> holds its unquoted fields if it had quotes.</summary>
    public CsvRecord(SepReader.Row row, int line, CsvRecords? quoted)
    {
        _row = row;
        _quoted = quoted;
        Line = line;
    }

    /// <summary>Physical line on which the record starts.</summary>
    public int Line { get; }

    /// <summary>Number of fields.</summary>
    public int FieldCount => _row.ColCount;

    /// <summary>Whether the record is an empty line (one empty, unquoted field).</summary>
    public bool IsBlankLine => _row.ColCount == 1 && _row.Span.IsEmpty;

    /// <summary>The text of field <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _quoted is null ? _row[index].Span : _quoted.FieldOf(index, _row[index].Span);

    /// <summary>The physical line field <paramref name="index"/> starts on (after line breaks in earlier quoted fields).</summary>
    public int FieldLine(int index)
    {
        var line = Line;
        for (var i = 0; _quoted is not null && i < index; i++)
        {
            line += _row[i].Span.Count('\n');
        }

        return line;
    }

    /// <summary>The field texts as new strings.</summary>
    public string[] ToStrings()
    {
        var result = new string[FieldCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[i].ToString();
        }

        return result;
    }
}
