namespace AmazonSalesRegression.Features.Tabular;

/// <summary>An in-memory <see cref="ITabularData"/> built column by column; rows map to lines 2, 3, … as in a CSV with a header.</summary>
public sealed class TabularData : ITabularData
{
    private readonly Dictionary<string, object> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly Func<int, int?> _lineOf;

    /// <summary>Creates empty data with <paramref name="rowCount"/> rows.</summary>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <param name="rowCount">Number of rows every column must have.</param>
    /// <param name="lineOf">Maps a 0-based row to its source line; by default row <c>i</c> is line <c>i + 2</c> (after a header line).</param>
    public TabularData(string sourceName, int rowCount, Func<int, int?>? lineOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        SourceName = sourceName;
        RowCount = rowCount;
        _lineOf = lineOf ?? (row => row + 2);
    }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public int RowCount { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> ColumnNames => _names;

    /// <summary>Adds a numeric column.</summary>
    public TabularData Add(string name, double[] values) => AddColumn(name, values, values.Length);

    /// <summary>Adds a text (categorical) column.</summary>
    public TabularData Add(string name, string[] values) => AddColumn(name, values, values.Length);

    /// <summary>Adds a date column.</summary>
    public TabularData Add(string name, DateOnly[] values) => AddColumn(name, values, values.Length);

    /// <inheritdoc />
    public ColumnKind? KindOf(string column) =>
        _columns.TryGetValue(column, out var values)
            ? values switch
            {
                double[] => ColumnKind.Numeric,
                string[] => ColumnKind.Text,
                _ => ColumnKind.Date,
            }
            : null;

    /// <inheritdoc />
    public ReadOnlyMemory<double> Numeric(string column) => Get<double[]>(column, ColumnKind.Numeric);

    /// <inheritdoc />
    public IReadOnlyList<string> Text(string column) => Get<string[]>(column, ColumnKind.Text);

    /// <inheritdoc />
    public ReadOnlyMemory<DateOnly> Dates(string column) => Get<DateOnly[]>(column, ColumnKind.Date);

    /// <inheritdoc />
    public int? LineOf(int row) => _lineOf(row);

    private TabularData AddColumn(string name, object values, int length)
    {
        if (length != RowCount)
        {
            throw new ArgumentException($"Column '{name}' has {length} values; the data has {RowCount} rows.", nameof(values));
        }

        if (!_columns.TryAdd(name, values))
        {
            throw new ArgumentException($"Column '{name}' is already present.", nameof(name));
        }

        _names.Add(name);
        return this;
    }

    private T Get<T>(string column, ColumnKind kind)
        where T : class =>
        _columns.TryGetValue(column, out var values)
            ? values as T ?? throw new InvalidOperationException($"Column '{column}' is {KindOf(column)}, not {kind}.")
            : throw new KeyNotFoundException($"{SourceName}: no column '{column}'.");
}
