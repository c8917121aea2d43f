using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Converts the records of one block into typed column values; one instance per worker, reused block after block.
/// It records what it found (rows, errors, blank lines) for <see cref="TableAccumulator"/> to merge in file order.
/// </summary>
internal sealed class CsvSegmentParser
{
    private readonly CsvSchema _schema;
    private readonly CsvHeader _header;
    private readonly int[] _fieldOfColumn;
    private readonly int[] _ruleFields;
    private readonly bool _stopAtFirstError;
    private readonly CsvTokenizer _tokenizer;
    private int[] _lines = new int[256];

    /// <summary>Creates a worker; when <paramref name="inferring"/>, values that are not numbers are noted in <see cref="TextEvidence"/> instead of failing the row.</summary>
    public CsvSegmentParser(CsvSchema schema, CsvHeader header, int[] fieldOfColumn, BadRowPolicy policy, bool inferring)
    {
        _schema = schema;
        _header = header;
        _fieldOfColumn = fieldOfColumn;
        _ruleFields = [.. schema.Rules.Select(r => fieldOfColumn[schema.IndexOf(r.Column)])];
        _stopAtFirstError = policy == BadRowPolicy.Throw;
        _tokenizer = CsvTokenizer.ForBlocks(header.Source);
        Builders = [.. schema.Columns.Select(ColumnBuilder.Create)];
        TextEvidence = inferring ? new string?[Builders.Length] : null;
    }

    /// <summary>Column values of the accepted rows, in schema order.</summary>
    public ColumnBuilder[] Builders { get; }

    /// <summary>Accepted rows of the last block.</summary>
    public int RowCount { get; private set; }

    /// <summary>Start line of each accepted row.</summary>
    public ReadOnlySpan<int> Lines => _lines.AsSpan(0, RowCount);

    /// <summary>Errors of rejected rows and of blank lines followed by rows, in file order (at most one when stopping at the first).</summary>
    public List<DataFormatException> Errors { get; } = [];

    /// <summary>A structural error that ended the block early, if any.</summary>
    public DataFormatException? Fatal { get; private set; }

    /// <summary>Whether the block held any record other than blank lines.</summary>
    public bool SawRecord { get; private set; }

    /// <summary>
    /// When inferring, per column the first value of the block that is not a finite number (where and what),
    /// after which the column is no longer parsed in this block; otherwise <see langword="null"/>.
    /// </summary>
    public string?[]? TextEvidence { get; }

    /// <summary>Blank lines after the block's last record (errors only if rows follow in a later block).</summary>
    public List<int> TrailingBlankLines { get; } = [];

    /// <summary>Converts the records of <paramref name="block"/>, replacing the results of the previous block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(CsvBlock block)
    {
        RowCount = 0;
        Errors.Clear();
        Fatal = null;
        SawRecord = false;
        TrailingBlankLines.Clear();
        if (TextEvidence is not null)
        {
            Array.Clear(TextEvidence);
        }

        _tokenizer.Reset(block);
        try
        {
            while (!(_stopAtFirstError && Errors.Count > 0) && _tokenizer.ReadRecord())
            {
                ParseRecord();
            }
        }
        catch (DataFormatException error)
        {
            Fatal = error;
            SawRecord = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRecord()
    {
        if (_tokenizer.IsBlankLine)
        {
            TrailingBlankLines.Add(_tokenizer.RecordLine);
            return;
        }

        SawRecord = true;
        foreach (var line in TrailingBlankLines)
        {
            Errors.Add(CsvErrors.BlankLine(_header.Source, line, _header.Names.Count));
        }

        TrailingBlankLines.Clear();
        if (ConvertRecord(RowCount) is { } error)
        {
            Errors.Add(error);
            return;
        }

        if (RowCount == _lines.Length)
        {
            Array.Resize(ref _lines, _lines.Length * 2);
        }

        _lines[RowCount++] = _tokenizer.RecordLine;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DataFormatException? ConvertRecord(int row)
    {
        if (_tokenizer.FieldCount != _header.Names.Count)
        {
            return CsvErrors.Ragged(_header.Source, _tokenizer.RecordLine, _header.Names, _tokenizer.FieldCount);
        }

        for (var j = 0; j < Builders.Length; j++)
        {
            var field = _fieldOfColumn[j];
            if (TextEvidence?[j] is not null)
            {
                Builders[j].SetDefault(row);
            }
            else if (Builders[j].TryParse(_tokenizer[field], row) is { } problem)
            {
                if (TextEvidence is null)
                {
                    return new DataFormatException(_header.Source, _tokenizer.FieldLine(field), field + 1, _header.Names[field], problem);
                }

                var text = _tokenizer[field];
                Builders[j].SetDefault(row);
                TextEvidence[j] =
                    $"line {_tokenizer.FieldLine(field)} has {(text.IsWhiteSpace() ? "an empty value" : CsvErrors.Show(text))}, which is not a finite number";
            }
        }

        for (var r = 0; r < _ruleFields.Length; r++)
        {
            if (_schema.Rules[r].Check(new CsvRowValues(_schema, Builders, row)) is { } problem)
            {
                var field = _ruleFields[r];
                return new DataFormatException(_header.Source, _tokenizer.FieldLine(field), field + 1, _header.Names[field], problem);
            }
        }

        return null;
    }
}
