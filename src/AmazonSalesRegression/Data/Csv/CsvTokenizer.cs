using System.Runtime.CompilerServices;
using System.Text;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Splits RFC 4180 CSV text into records and fields without allocating a string per field.
/// Records end at LF or CRLF (a final line may lack one); fields are separated by commas; a field in double
/// quotes may hold commas, line breaks and doubled quotes (<c>""</c> stands for one quote). A leading UTF-8
/// byte order mark is skipped. A bare CR not followed by LF is ordinary data.
/// </summary>
/// <remarks>
/// Lines are physical lines, 1-based, counting the header as line 1 and every line break inside quoted fields;
/// columns are 1-based field positions. Field text stays valid until the next <see cref="ReadRecord"/>.
/// Structural errors (unterminated or stray quotes) throw <see cref="DataFormatException"/>.
/// </remarks>
public sealed partial class CsvTokenizer : IDisposable
{
    private const int DefaultBlockChars = 1 << 16;

    private readonly CsvBlockReader? _blocks;
    private CsvFieldSlot[] _fields = new CsvFieldSlot[32];
    private char[] _scratch = new char[256];
    private int _scratchLength;
    private char[] _buffer = [];
    private int _position;
    private int _end;
    private int _line = 1;

    /// <summary>Tokenizes the UTF-8 (or BOM-marked) file at <paramref name="path"/>; the path names it in errors.</summary>
    /// <param name="path">File to read.</param>
    public CsvTokenizer(string path)
        : this(CsvFiles.OpenText(path), path, leaveOpen: false) { }

    /// <summary>Tokenizes a UTF-8 (or BOM-marked) stream.</summary>
    /// <param name="stream">Input.</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="stream"/> open when the tokenizer is disposed.</param>
    public CsvTokenizer(Stream stream, string source, bool leaveOpen = false)
        : this(
            new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen),
            source,
            leaveOpen: false
        ) { }

    /// <summary>Tokenizes text from a reader.</summary>
    /// <param name="reader">Input.</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="reader"/> open when the tokenizer is disposed.</param>
    public CsvTokenizer(TextReader reader, string source, bool leaveOpen = false)
        : this(new CsvBlockReader(reader ?? throw new ArgumentNullException(nameof(reader)), DefaultBlockChars, leaveOpen), source) { }

    private CsvTokenizer(CsvBlockReader? blocks, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _blocks = blocks;
        Source = source;
    }

    /// <summary>Name of the input in error messages.</summary>
    public string Source { get; }

    /// <summary>Physical line on which the current record starts.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Whether the current record is an empty line (one empty, unquoted field).</summary>
    public bool IsBlankLine => FieldCount == 1 && _fields[0] is { Length: 0, Quoted: false };

    /// <summary>The text of a field of the current record, quotes removed and doubled quotes undoubled.</summary>
    /// <param name="index">0-based field index.</param>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var slot = Slot(index);
            return (slot.InScratch ? _scratch : _buffer).AsSpan(slot.Start, slot.Length);
        }
    }

    /// <summary>The physical line a field of the current record starts on.</summary>
    /// <param name="index">0-based field index.</param>
    public int FieldLine(int index) => Slot(index).Line;

    /// <summary>Whether a field of the current record was enclosed in quotes.</summary>
    /// <param name="index">0-based field index.</param>
    public bool IsQuoted(int index) => Slot(index).Quoted;

    /// <summary>The field texts of the current record as new strings (convenient, but allocates).</summary>
    public string[] ToStrings()
    {
        var result = new string[FieldCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[i].ToString();
        }

        return result;
    }

    /// <summary>Advances to the next record; <see langword="false"/> at the end of the input.</summary>
    /// <exception cref="DataFormatException">A quoted field is not terminated, or a quote is misplaced.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadRecord()
    {
        while (_position >= _end)
        {
            if (_blocks is null || !_blocks.TryRead(out var block))
            {
                FieldCount = 0;
                return false;
            }

            Reset(block);
        }

        ScanRecord();
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _blocks?.Dispose();

    /// <summary>Creates a tokenizer that reads only the blocks given to <see cref="Reset"/>; used by the parallel reader.</summary>
    internal static CsvTokenizer ForBlocks(string source) => new(null, source);

    /// <summary>Continues tokenizing in <paramref name="block"/>, whose first line number it adopts.</summary>
    internal void Reset(CsvBlock block)
    {
        _buffer = block.Buffer;
        _position = block.Start;
        _end = block.End;
        _line = block.FirstLine;
        FieldCount = 0;
    }

    /// <summary>The not yet tokenized rest of the current block.</summary>
    internal CsvBlock Remaining => new(_buffer, _position, _end, _line);

    private CsvFieldSlot Slot(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FieldCount);
        return _fields[index];
    }
}
