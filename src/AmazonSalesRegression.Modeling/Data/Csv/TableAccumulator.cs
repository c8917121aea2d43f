using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Appends the results of <see cref="CsvBlockParser"/>s, in file order, into the final columns, applying the
/// <see cref="BadRowPolicy"/>: the first error in file order throws, or every bad row is recorded and left out.
/// </summary>
internal sealed class TableAccumulator
{
    private const int ParallelCopyRows = 1 << 12;

    private readonly CsvHeader _header;
    private readonly int[] _fieldOfColumn;
    private readonly CsvReadOptions _options;
    private readonly ColumnBuilder[] _columns;
    private readonly List<DataFormatException> _skipped = [];
    private readonly List<int> _pendingBlankLines = [];
    private readonly string?[]? _textEvidence;
    private int[] _lines = new int[256];

    /// <summary>Creates an accumulator; when <paramref name="inferring"/>, it also merges the workers' <see cref="CsvBlockParser.TextEvidence"/>.</summary>
    public TableAccumulator(CsvSchema schema, CsvHeader header, int[] fieldOfColumn, CsvReadOptions options, bool inferring)
    {
        _header = header;
        _fieldOfColumn = fieldOfColumn;
        _options = options;
        _columns = [.. schema.Columns.Select(ColumnBuilder.Create)];
        _textEvidence = inferring ? new string?[_columns.Length] : null;
    }

    /// <summary>Appends one parsed block; throws its first error under <see cref="BadRowPolicy.Throw"/>.</summary>
    public void Append(CsvBlockParser part)
    {
        if (part.SawRecord)
        {
            foreach (var line in _pendingBlankLines)
            {
                Reject(CsvErrors.BlankLine(_header.Source, line, _header.Names.Count));
            }

            _pendingBlankLines.Clear();
        }

        part.Errors.ForEach(Reject);
        if (part.Fatal is { } fatal)
        {
            throw fatal;
        }

        _pendingBlankLines.AddRange(part.TrailingBlankLines);
        for (var j = 0; _textEvidence is not null && j < _textEvidence.Length; j++)
        {
            _textEvidence[j] ??= part.TextEvidence![j];
        }

        // Columns are independent: copy them on all cores when the part is large enough to be worth it.
        var (rowCount, columns) = (RowCount, _columns);
        Parallel.For(
            0,
            columns.Length,
            new ParallelOptions { MaxDegreeOfParallelism = part.RowCount < ParallelCopyRows ? 1 : -1 },
            j => part.Builders[j].CopyTo(columns[j], rowCount, part.RowCount)
        );

        if (RowCount + part.RowCount > _lines.Length)
        {
            Array.Resize(ref _lines, Math.Max(RowCount + part.RowCount, _lines.Length * 2));
        }

        part.Lines.CopyTo(_lines.AsSpan(RowCount));
        RowCount += part.RowCount;
    }

    /// <summary>Rows accepted so far.</summary>
    public int RowCount { get; private set; }

    /// <summary>Makes room for <paramref name="rows"/> rows in total, so that the columns need not grow step by step.</summary>
    public void Reserve(int rows)
    {
        foreach (var column in _columns)
        {
            column.Reserve(rows);
        }

        if (rows > _lines.Length)
        {
            Array.Resize(ref _lines, rows);
        }
    }

    /// <summary>The finished table.</summary>
    /// <exception cref="DataFormatException">Rows are required but there are none.</exception>
    public ColumnTable Build()
    {
        if (_options.RequireRows && RowCount == 0)
        {
            var problem =
                _skipped.Count == 0
                    ? "expected at least one row after the header, found none"
                    : $"expected at least one valid row, but all {_skipped.Count} rows were skipped as bad";
            throw new DataFormatException(_header.Source, _header.Line + 1, null, null, problem);
        }

        var columns = new TableColumn[_columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            columns[j] = _columns[j].Build(RowCount, _fieldOfColumn[j] + 1);
        }

        return new ColumnTable(_header.Source, columns, _lines[..RowCount], _skipped);
    }

    /// <summary>
    /// After an inferring read: a strict schema where a column is <see cref="CsvColumnType.Double"/> when there are
    /// rows and all its values are finite numbers (or, with <see cref="CsvReadOptions.MissingNumbers"/>, numbers or
    /// missing), otherwise <see cref="CsvColumnType.String"/> (empty values allowed),
    /// each with a <see cref="CsvColumn.Description"/> of why.
    /// </summary>
    public CsvSchema InferredSchema() =>
        new(
            _columns.Select(
                (column, j) =>
                    RowCount > 0 && _textEvidence![j] is null
                        ? new CsvColumn(column.Column.Name, CsvColumnType.Double)
                        {
                            AllowEmpty = _options.MissingNumbers,
                            AllowNonFinite = _options.MissingNumbers,
                            Description = _options.MissingNumbers
                                ? $"number: all {RowCount} values are numbers or missing (empty or NaN)"
                                : $"number: all {RowCount} values are finite numbers",
                        }
                        : new CsvColumn(column.Column.Name, CsvColumnType.String)
                        {
                            AllowEmpty = true,
                            Description = RowCount == 0 ? "text: the file has no rows to show it is numeric" : $"text: {_textEvidence![j]}",
                        }
            )
        );

    private void Reject(DataFormatException error)
    {
        if (_options.BadRows == BadRowPolicy.Throw)
        {
            throw error;
        }

        _skipped.Add(error);
    }
}
