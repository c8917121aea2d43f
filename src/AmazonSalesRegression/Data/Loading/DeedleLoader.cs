using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using Deedle;

namespace AmazonSalesRegression.Data.Loading;

/// <summary>
/// Loads CSV (or Parquet) data into Deedle for notebooks: a <see cref="Frame{TRowKey, TColumnKey}"/> keyed by 0-based row index and
/// column name, each column a typed series (<see cref="double"/>, <see cref="int"/>, <see cref="bool"/>,
/// <see cref="DateTime"/> at midnight, <see cref="string"/>), and daily time series of a column.
/// Deedle treats NaN as a missing value.
/// </summary>
public static class DeedleLoader
{
    /// <summary>Loads the sales file (CSV or Parquet) at <paramref name="path"/> (checked with <see cref="SalesCsv.Schema"/>).</summary>
    /// <param name="path">File to read.</param>
    /// <exception cref="DataFormatException">The file breaks the sales schema.</exception>
    public static Frame<int, string> LoadSales(string path) => ToFrame(SalesCsv.LoadTable(path));

    /// <summary>
    /// Loads any CSV file, numeric columns as doubles and the others as text (see <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>),
    /// or a Parquet file the same way (see <see cref="TableFiles.ReadInferred"/>).
    /// </summary>
    /// <param name="path">File to read.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The file is not well-formed CSV or Parquet.</exception>
    public static Frame<int, string> LoadCsv(string path, CsvReadOptions? options = null) =>
        ToFrame(TableFiles.ReadInferred(path, options));

    /// <summary>Copies a table into a new frame, columns in table order, rows keyed 0 to <c>RowCount - 1</c>.</summary>
    /// <param name="table">The table.</param>
    public static Frame<int, string> ToFrame(ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var keys = Enumerable.Range(0, table.RowCount).ToArray();
        var frame = new FrameBuilder.Columns<int, string>();
        foreach (var column in table.Columns)
        {
            frame.Add(
                column.Name,
                column switch
                {
                    TableColumn<double> values => new Series<int, double>(keys, values.AsSpan().ToArray()),
                    TableColumn<int> values => new Series<int, int>(keys, values.AsSpan().ToArray()),
                    TableColumn<bool> values => new Series<int, bool>(keys, values.AsSpan().ToArray()),
                    TableColumn<DateOnly> values => new Series<int, DateTime>(
                        keys,
                        [.. values.Select(d => d.ToDateTime(TimeOnly.MinValue))]
                    ),
                    TableColumn<string> values => new Series<int, string>(keys, values.AsSpan().ToArray()),
                    _ => throw new ArgumentException($"Column '{column.Name}' has unsupported type {column.Type}.", nameof(table)),
                }
            );
        }

        return frame.Frame;
    }

    /// <summary>
    /// A time series with one value per calendar day present in the table, in date order: the
    /// <paramref name="aggregate"/> of <paramref name="valueColumn"/> over that day's rows (e.g. total units per day).
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="valueColumn">A numeric column (flags count as 0/1).</param>
    /// <param name="aggregate">How the day's values are combined.</param>
    /// <param name="dateColumn">A <see cref="CsvColumnType.Date"/> column, or a text column holding <c>yyyy-MM-dd</c> dates.</param>
    /// <exception cref="DataFormatException">A text date is not <c>yyyy-MM-dd</c>; the message points at its line.</exception>
    public static Series<DateTime, double> DailySeries(
        ColumnTable table,
        string valueColumn,
        DailyAggregate aggregate = DailyAggregate.Sum,
        string dateColumn = SalesColumns.Date
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        var values = table[valueColumn].ToDoubles();
        var dates = DatesOf(table, dateColumn);
        var days = new SortedDictionary<DateOnly, (double Sum, int Count)>();
        for (var row = 0; row < values.Length; row++)
        {
            var (sum, count) = days.GetValueOrDefault(dates[row]);
            days[dates[row]] = (sum + values[row], count + 1);
        }

        return new Series<DateTime, double>(
            [.. days.Keys.Select(d => d.ToDateTime(TimeOnly.MinValue))],
            [.. days.Values.Select(v => aggregate == DailyAggregate.Mean ? v.Sum / v.Count : v.Sum)]
        );
    }

    private static DateOnly[] DatesOf(ColumnTable table, string dateColumn)
    {
        switch (table[dateColumn])
        {
            case TableColumn<DateOnly> dates:
                return dates.AsSpan().ToArray();
            case TableColumn<string> texts:
                var parsed = new DateOnly[texts.Count];
                for (var row = 0; row < parsed.Length; row++)
                {
                    if (!InvariantParsing.TryParseDate(texts[row], out parsed[row]))
                    {
                        throw table.ErrorAt(row, dateColumn, $"expected a date as yyyy-MM-dd (e.g. 2024-03-15), found '{texts[row]}'");
                    }
                }

                return parsed;
            case var other:
                throw new InvalidOperationException($"Column '{dateColumn}' holds {other.Type} values, not dates.");
        }
    }
}
