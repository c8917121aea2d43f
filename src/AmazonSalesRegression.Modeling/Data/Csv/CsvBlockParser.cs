using System.Runtime.CompilerServices;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Converts the records of one block (or part of a block), tokenized by Sep, into typed column values; one instance
/// per worker, reused block after block. It records what it found (rows, errors, blank lines) for
/// <see cref="TableAccumulator"/> to merge in file order.
/// </summary>
internal sealed partial class CsvBlockParser
{
    private readonly CsvSchema _schema;
    private readonly CsvHeader _header;
    private readonly int[] _fieldOfColumn;
    private readonly int[] _ruleFields;
    private readonly bool _stopAtFirstError;
    private readonly CsvRecords _records;
    private int[] _lines = new int[256];

    /// <summary>Creates a worker; when <paramref name="inferring"/>, values that are not numbers are noted in <see cref="TextEvidence"/> instead of failing the row.</summary>
    public CsvBlockParser(CsvSchema schema, CsvHeader header, int[] fieldOfColumn, BadRowPolicy policy, bool inferring)
    {
        _schema = schema;
        _header = header;
        _fieldOfColumn = fieldOfColumn;
        _ruleFields = [.. schema.Rules.Select(r => fieldOfColumn[schema.IndexOf(r.Column)])];
        _stopAtFirstError = policy == BadRowPolicy.Throw;
        _records = new CsvRecords(header.Source);
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

        if (block.Length == 0)
        {
            return;
        }

        try
        {
            using var sep = CsvRecords.Open(block);
            var position = CsvPosition.Of(block);
            foreach (var row in sep)
            {
                if (_stopAtFirstError && Errors.Count > 0)
                {
                    break;
                }

                ParseRecord(_records.Take(row, ref position));
            }
        }
        catch (DataFormatException error)
        {
            Fatal = error;
            SawRecord = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseRecord(CsvRecord record)
    {
        if (record.IsBlankLine)
        {
            TrailingBlankLines.Add(record.Line);
            return;
        }

        SawRecord = true;
        foreach (var line in TrailingBlankLines)
        {
            Errors.Add(CsvErrors.BlankLine(_header.Source, line, _header.Names.Count));
        }

        TrailingBlankLines.Clear();
        if (ConvertRecord(record, RowCount) is { } error)
        {
            Errors.Add(error);
            return;
        }

        if (RowCount == _lines.Length)
        {
            Array.Resize(ref _lines, _lines.Length * 2);
        }

        _lines[RowCount++] = record.Line;
    }
}
