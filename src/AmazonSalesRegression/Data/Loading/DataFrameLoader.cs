using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Data.Loading;

/// <summary>
/// Loads CSV (or Parquet) data into a Microsoft.Data.Analysis <see cref="DataFrame"/> for notebooks, one typed column per table
/// column: <see cref="DoubleDataFrameColumn"/>, <see cref="Int32DataFrameColumn"/>, <see cref="BooleanDataFrameColumn"/>,
/// <see cref="DateTimeDataFrameColumn"/> (midnight of each date) and <see cref="StringDataFrameColumn"/> for text.
/// Allowed empty numbers stay NaN, not null.
/// </summary>
public static class DataFrameLoader
{
    /// <summary>Loads the sales file (CSV or Parquet) at <paramref name="path"/> (checked with <see cref="SalesCsv.Schema"/>).</summary>
    /// <param name="path">File to read.</param>
    /// <exception cref="DataFormatException">The file breaks the sales schema.</exception>
    public static DataFrame LoadSales(string path) => ToDataFrame(SalesCsv.LoadTable(path));

    /// <summary>
    /// Loads any CSV file, numeric columns as doubles and the others as text (see <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>),
    /// or a Parquet file the same way (see <see cref="TableFiles.ReadInferred"/>).
    /// </summary>
    /// <param name="path">File to read.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The file is not well-formed CSV or Parquet.</exception>
    public static DataFrame LoadCsv(string path, CsvReadOptions? options = null) => ToDataFrame(TableFiles.ReadInferred(path, options));

    /// <summary>Copies a table into a new data frame, columns in table order.</summary>
    /// <param name="table">The table.</param>
    public static DataFrame ToDataFrame(ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new DataFrame(table.Columns.Select(ToDataFrameColumn));
    }

    private static DataFrameColumn ToDataFrameColumn(TableColumn column) =>
        column switch
        {
            TableColumn<double> values => new DoubleDataFrameColumn(column.Name, values),
            TableColumn<int> values => new Int32DataFrameColumn(column.Name, values),
            TableColumn<bool> values => new BooleanDataFrameColumn(column.Name, values),
            TableColumn<DateOnly> values => new DateTimeDataFrameColumn(column.Name, values.Select(d => d.ToDateTime(TimeOnly.MinValue))),
            TableColumn<string> values => new StringDataFrameColumn(column.Name, values),
            _ => throw new ArgumentException($"Column '{column.Name}' has unsupported type {column.Type}.", nameof(column)),
        };
}
