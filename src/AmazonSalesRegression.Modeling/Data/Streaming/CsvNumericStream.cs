using System.Globalization;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using nietras.SeparatedValues;

namespace AmazonSalesRegression.Data.Streaming;

/// <summary>
/// Reads chosen numeric columns (and at most one label column) of a comma-separated file row by row, in memory that
/// does not grow with the file: the rows of a streaming fit. Objective: the values the in-memory reader would give
/// for the same columns, with its located errors, at the speed of the Sep parser (SIMD field splitting).
/// </summary>
/// <remarks>
/// Quoting is checked as the in-memory reader checks it (<see cref="CsvRecords"/>), in every field of every row, so a
/// stray or unterminated quote is the same located error. A part read without quote handling (see
/// <see cref="ByteRange.QuoteFree"/>) only checks that it holds no quote.
/// An empty (or blank) cell and <c>NaN</c> are missing values: <see cref="Values"/> holds NaN and
/// <see cref="MissingIndex"/> names the first such used column. Line numbers are the physical lines of the file
/// (the header is line 1), so a quoted field spanning lines moves the following rows down as in the in-memory reader.
/// Blank lines are allowed only at the end of the file.
/// </remarks>
public sealed partial class CsvNumericStream : IDisposable
{
    private readonly SepReader _reader;
    private readonly CsvRecords? _records;
    private readonly string[] _header;
    private readonly int[] _numberFields;
    private readonly int _labelField;
    private readonly string?[] _firstText;
    private readonly string?[] _firstNumber;
    private readonly int[] _firstNumberLine;
    private readonly double[] _values;
    private readonly Func<NonNumericCell, Exception> _onText;
    private readonly bool _requireRows;
    private readonly RangeStream? _range;
    private readonly bool _nanLabelsMissing;
    private int _firstLine;

    /// <summary>Opens <paramref name="path"/>, reads and checks its header (see <see cref="ReadHeader"/>) and binds the columns.</summary>
    /// <param name="path">The file.</param>
    /// <param name="numbers">The numeric columns, in the order of <see cref="Values"/>.</param>
    /// <param name="label">A column read as text (e.g. cluster labels), or null.</param>
    /// <param name="onText">Makes the error for text in a numeric column; the stream throws what it returns.</param>
    /// <param name="nanLabels">Whether a label that reads as NaN is missing (a numeric label column) or a label like any other (a text one).</param>
    /// <exception cref="DataFormatException">The header is not usable (see <see cref="ReadHeader"/>).</exception>
    /// <exception cref="ArgumentException">A column is not in the header.</exception>
    public CsvNumericStream(
        string path,
        IReadOnlyList<string> numbers,
        string? label,
        Func<NonNumericCell, Exception> onText,
        NanLabels nanLabels = NanLabels.Missing
    )
        : this(path, new ByteRange(0, long.MaxValue), [], numbers, label, onText, nanLabels) { }

    /// <summary>
    /// Opens one of the <see cref="Ranges"/> of <paramref name="path"/>. The first range starts with the header; a later
    /// one starts with data rows of the columns in <paramref name="header"/>, its lines counted from 1 (add the lines of
    /// the ranges before it, see <see cref="LinesRead"/>), and may hold no row.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="range">The bytes to read.</param>
    /// <param name="header">The column names (read from the file for the first range).</param>
    /// <param name="numbers">The numeric columns, in the order of <see cref="Values"/>.</param>
    /// <param name="label">A column read as text (e.g. cluster labels), or null.</param>
    /// <param name="onText">Makes the error for text in a numeric column; the stream throws what it returns.</param>
    /// <param name="nanLabels">Whether a label that reads as NaN is missing (a numeric label column) or a label like any other (a text one).</param>
    /// <exception cref="DataFormatException">The header is not usable (see <see cref="ReadHeader"/>).</exception>
    /// <exception cref="ArgumentException">A column is not in the header.</exception>
    public CsvNumericStream(
        string path,
        ByteRange range,
        IReadOnlyList<string> header,
        IReadOnlyList<string> numbers,
        string? label,
        Func<NonNumericCell, Exception> onText,
        NanLabels nanLabels = NanLabels.Missing
    )
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(onText);
        Source = path;
        _requireRows = range.Start == 0;
        _range = range.Start == 0 && range.End == long.MaxValue ? null : new RangeStream(path, range);
        _reader = _range is null ? Open(path) : Open(_range, range.QuoteFree);
        _records = range.QuoteFree ? null : new CsvRecords(path);
        _nanLabelsMissing = nanLabels == NanLabels.Missing;
        _header = range.Start == 0 ? CheckHeader(path, _reader) : [.. header];
        if (range.Start == 0 && range.QuoteFree)
        {
            // The header too must hold no quote in a part read without quote handling.
            _ = Take(_reader.Current);
        }

        _numberFields = [.. numbers.Select(Field)];
        _labelField = label is null ? -1 : Field(label);
        _firstText = new string?[_numberFields.Length];
        _firstNumber = new string?[_numberFields.Length];
        _firstNumberLine = new int[_numberFields.Length];
        _values = new double[_numberFields.Length];
        _onText = onText;
    }

    /// <summary>The physical lines read so far (with the header in the first range).</summary>
    public int LinesRead { get; private set; }

    /// <summary>The first of the blank lines seen after the last row, or 0: allowed at the end of the file, an error before more rows.</summary>
    public int TrailingBlankLine { get; private set; }

    /// <summary>Whether a row was read.</summary>
    public bool HasRows => _firstLine != 0;

    /// <summary>The file, as error messages name it.</summary>
    public string Source { get; }

    /// <summary>The 1-based line of the current row.</summary>
    public int Line { get; private set; }

    /// <summary>The numeric values of the current row, in the order asked for; NaN where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>
    /// The label of the current row as written (quotes removed), so <c>1</c> and <c>1.0</c> are two labels here (see
    /// <see cref="LabelsAreNumbers"/> and <see cref="NumericLabel"/> for merging them); null when missing.
    /// </summary>
    public string? Label { get; private set; }

    /// <summary>
    /// The first used column of the current row with a missing value, as an index into the numeric columns (the label
    /// column is index <c>Values.Length</c>), or −1 when the row is complete.
    /// </summary>
    public int MissingIndex { get; private set; }

    /// <summary>The name and 1-based file position of used column <paramref name="index"/> (see <see cref="MissingIndex"/>).</summary>
    public (string Name, int SourceColumn) UsedColumn(int index)
    {
        var field = index < _numberFields.Length ? _numberFields[index] : _labelField;
        return (_header[field], field + 1);
    }

    /// <summary>Reads the header of <paramref name="path"/>: the column names, checked as the in-memory reader checks them.</summary>
    /// <exception cref="DataFormatException">The file is empty, the first line is empty, a name is empty or repeated.</exception>
    public static IReadOnlyList<string> ReadHeader(string path)
    {
        using var reader = Open(path);
        return CheckHeader(path, reader);
    }

    /// <summary>Moves to the next data row.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="DataFormatException">The row is ragged, follows a blank line, holds text or ±Infinity in a numeric column, or the file has no data row.</exception>
    public bool MoveNext()
    {
        while (_reader.MoveNext())
        {
            var row = Take(_reader.Current);
            LinesRead = _reader.Current.LineNumberToExcl - 1;
            if (row.FieldCount == 1 && row[0].IsWhiteSpace() && _header.Length > 1)
            {
                TrailingBlankLine = TrailingBlankLine == 0 ? row.Line : TrailingBlankLine;
                continue;
            }

            if (TrailingBlankLine != 0)
            {
                throw CsvErrors.BlankLine(Source, TrailingBlankLine, _header.Length);
            }

            Line = row.Line;
            if (row.FieldCount != _header.Length)
            {
                throw CsvErrors.Ragged(Source, Line, _header, row.FieldCount);
            }

            _firstLine = _firstLine == 0 ? Line : _firstLine;
            Parse(row);
            return true;
        }

        if (_firstLine == 0 && _requireRows)
        {
            throw new DataFormatException(Source, 2, null, null, "expected at least one row after the header, found none");
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _range?.Dispose();
    }

    // The row with its quoting checked and removed. A part read without quote handling is used as Sep splits it, but a
    // quote in it means the file was cut where it must not be (a line feed may be inside quotes): that is an error, on
    // which the caller reads the file again in one piece. The check costs little: the row's characters are in cache.
    private CsvRecord Take(SepReader.Row row)
    {
        if (_records is not null)
        {
            return _records.Take(row, row.LineNumberFrom);
        }

        if (row.Span.Contains('"'))
        {
            throw new DataFormatException(
                Source,
                row.LineNumberFrom,
                null,
                null,
                "a quote in a part of the file read without quote handling; expected the file to be read in one piece"
            );
        }

        return new CsvRecord(row, row.LineNumberFrom, null);
    }

    private void Parse(CsvRecord row)
    {
        MissingIndex = -1;
        var first = Line == _firstLine;
        for (var k = 0; k < _numberFields.Length; k++)
        {
            var text = row[_numberFields[k]];
            if (!first && InvariantParsing.TryParseDouble(text, out var value) && double.IsFinite(value))
            {
                _values[k] = value;
                if (_firstNumber[k] is null)
                {
                    _firstNumber[k] = text.ToString();
                    _firstNumberLine[k] = Line;
                }

                continue;
            }

            ParseSlowly(k, text, first);
        }

        if (_labelField >= 0)
        {
            ReadLabel(row[_labelField]);
            if (MissingIndex < 0 && Label is null)
            {
                MissingIndex = _numberFields.Length;
            }
        }
    }

    // Empty and white-space cells, NaN, ±Infinity, text, and the first row (whose values are kept for messages).
    private void ParseSlowly(int k, ReadOnlySpan<char> text, bool first)
    {
        if (first)
        {
            _firstText[k] = text.ToString();
        }

        if (text.IsWhiteSpace())
        {
            _values[k] = double.NaN;
        }
        else if (InvariantParsing.TryParseDouble(text, out var value))
        {
            if (double.IsInfinity(value))
            {
                throw new DataFormatException(
                    Source,
                    Line,
                    _numberFields[k] + 1,
                    _header[_numberFields[k]],
                    $"expected a finite number, found {value.ToString(CultureInfo.InvariantCulture)}; fix the value, or leave the cell empty to mark it missing."
                );
            }

            if (_firstNumber[k] is null && !double.IsNaN(value))
            {
                _firstNumber[k] = text.ToString();
                _firstNumberLine[k] = Line;
            }

            _values[k] = value;
        }
        else
        {
            throw _onText(TextCell(k, text.ToString()));
        }

        if (MissingIndex < 0 && double.IsNaN(_values[k]))
        {
            MissingIndex = k;
        }
    }

    // Text in numeric column k: the first number of the column, found further on if none came before.
    private NonNumericCell TextCell(int k, string text)
    {
        var line = Line;
        var field = _numberFields[k];
        while (_firstNumber[k] is null && _reader.MoveNext())
        {
            var row = Take(_reader.Current);
            if (row.FieldCount > field && InvariantParsing.TryParseDouble(row[field], out _) && !row[field].IsWhiteSpace())
            {
                _firstNumber[k] = row[field].ToString();
                _firstNumberLine[k] = row.Line;
            }
        }

        var first = line == _firstLine ? text : _firstText[k]!;
        return new NonNumericCell(
            Source,
            _header[field],
            field + 1,
            line,
            text,
            first,
            _firstLine,
            _firstNumber[k],
            _firstNumber[k] is null ? null : _firstNumberLine[k]
        );
    }

    private int Field(string name)
    {
        var index = Array.IndexOf(_header, name);
        return index >= 0 ? index : throw new ArgumentException($"'{name}' is not a column of {Source}.", nameof(name));
    }

    private static SepReader Open(string path) => Options(quoteFree: false).FromFile(path);

    private static SepReader Open(Stream range, bool quoteFree) => Options(quoteFree).From(range);

    private static SepReaderOptions Options(bool quoteFree) =>
        Sep.New(',')
            .Reader(o =>
                o with
                {
                    HasHeader = false,
                    // Raw fields: the quoting is checked and removed by CsvRecords, as in the in-memory reader.
                    Unescape = false,
                    DisableQuotesParsing = quoteFree,
                    DisableColCountCheck = true,
                    CultureInfo = CultureInfo.InvariantCulture,
                }
            );

    private static string[] CheckHeader(string path, SepReader reader)
    {
        if (!reader.MoveNext())
        {
            throw CsvErrors.EmptyFile(path);
        }

        var names = new CsvRecords(path).Take(reader.Current, 1).ToStrings();

        if (names.Length == 1 && names[0].AsSpan().IsWhiteSpace())
        {
            throw new DataFormatException(path, 1, null, null, "the first line is empty; expected a header line naming the columns");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                throw new DataFormatException(path, 1, i + 1, null, "empty column name; expected every header field to name its column");
            }

            if (!seen.TryAdd(names[i], i))
            {
                throw new DataFormatException(
                    path,
                    1,
                    i + 1,
                    names[i],
                    $"duplicate column name; expected distinct names, but column {seen[names[i]] + 1} has the same name"
                );
            }
        }

        return names;
    }
}
