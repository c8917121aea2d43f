using System.Collections.Concurrent;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// A table read from CSV is tabular data for formulas and models: numbers, 0/1 flags and whole numbers are numeric,
/// text and categories are categorical, dates are dates, and every row knows its line in the file, so that a value a
/// formula cannot use (say, the log of a zero) is reported at its line.
/// </summary>
public sealed partial class ColumnTable : ITabularData
{
    private readonly ConcurrentDictionary<string, double[]> _numbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateOnly[]> _dates = new(StringComparer.Ordinal);

    /// <inheritdoc />
    string ITabularData.SourceName => Source;

    /// <inheritdoc />
    public ColumnKind? KindOf(string column) =>
        _byName.TryGetValue(column, out var values)
            ? values.Type switch
            {
                CsvColumnType.Date => ColumnKind.Date,
                CsvColumnType.String or CsvColumnType.Category => ColumnKind.Text,
                _ => ColumnKind.Numeric,
            }
            : null;

    /// <inheritdoc />
    public ReadOnlyMemory<double> Numeric(string column) => _numbers.GetOrAdd(column, name => this[name].ToDoubles());

    /// <inheritdoc />
    public IReadOnlyList<string> Text(string column) => Get<string>(column);

    /// <inheritdoc />
    public ReadOnlyMemory<DateOnly> Dates(string column) => _dates.GetOrAdd(column, name => Get<DateOnly>(name).AsSpan().ToArray());

    /// <inheritdoc />
    /// <remarks>A Parquet file has no lines: its rows answer <see langword="null"/> (see <see cref="RowName"/>).</remarks>
    public int? LineOf(int row) => Numbering == RowNumbering.Lines ? LineNumbers[row] : null;
}
