using System.Globalization;
using System.Runtime.CompilerServices;
using AmazonSalesRegression.Features.Tabular;
using nietras.SeparatedValues;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Turns the rows Sep splits a block into into checked <see cref="CsvRecord"/>s; one instance per worker, reused
/// row after row. Sep finds the records and fields (commas, CRLF/LF/CR line ends, quoted fields by pairing quotes);
/// this class checks that every quote stands where RFC 4180 allows it and removes the quoting.
/// </summary>
/// <remarks>
/// Sep is asked for the raw field text (<c>Unescape = false</c>) because it pairs quotes wherever they stand and so
/// accepts <c>x"y</c> or <c>"a"b</c>; the reader reports those as located errors, which needs the raw text.
/// A record without quotes, the common case, is used as Sep gives it, with no copy.
/// </remarks>
internal sealed partial class CsvRecords(string source)
{
    private static readonly SepReaderOptions Options = new(new Sep(','))
    {
        HasHeader = false,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
    };

    private char[] _scratch = new char[256];
    private int _scratchLength;
    private FieldText[] _fields = new FieldText[32];

    /// <summary>Name of the input in error messages.</summary>
    public string Source { get; } = source;

    /// <summary>A Sep reader over the records of <paramref name="block"/> (which must start at a record boundary).</summary>
    public static SepReader Open(CsvBlock block) => Options.From(new CsvBlockTextReader(block));

    /// <summary>
    /// Checks the quoting of <paramref name="row"/>, the record at <paramref name="position"/>, and moves the position past it.
    /// </summary>
    /// <exception cref="DataFormatException">A quoted field is not terminated, or a quote is misplaced.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CsvRecord Take(SepReader.Row row, ref CsvPosition position)
    {
        var line = position.Line;
        var text = row.Span;
        var quoted = text.Contains('"');
        position.Advance(text.Length, quoted ? text.Count('\n') : 0);
        if (quoted)
        {
            Unquote(row, line);
        }

        return new CsvRecord(row, line, quoted ? this : null);
    }

    /// <summary>
    /// Checks the quoting of <paramref name="row"/>, a record starting on physical line <paramref name="line"/>, as
    /// <see cref="Take(SepReader.Row, ref CsvPosition)"/> does, for readers that count lines themselves (the streaming reader takes Sep's count).
    /// </summary>
    /// <exception cref="DataFormatException">A quoted field is not terminated, or a quote is misplaced.</exception>
    public CsvRecord Take(SepReader.Row row, int line)
    {
        var quoted = row.Span.Contains('"');
        if (quoted)
        {
            Unquote(row, line);
        }

        return new CsvRecord(row, line, quoted ? this : null);
    }

    /// <summary>The text of field <paramref name="index"/> of the last quoted record, given its raw text.</summary>
    public ReadOnlySpan<char> FieldOf(int index, ReadOnlySpan<char> raw)
    {
        var field = _fields[index];
        return field.InScratch ? _scratch.AsSpan(field.Start, field.Length) : raw.Slice(field.Start, field.Length);
    }

    // Where a field's unquoted text is: a slice of its raw text, or of the scratch buffer when quotes were undoubled.
    private readonly record struct FieldText(int Start, int Length, bool InScratch);
}
