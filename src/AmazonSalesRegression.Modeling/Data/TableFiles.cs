using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Parquet;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data;

/// <summary>
/// Reads a data file as CSV or Parquet, whichever it is: a file named <c>.parquet</c>, or starting with the Parquet
/// magic bytes <c>PAR1</c>, goes to <see cref="ParquetTableReader"/>, any other to <see cref="CsvReader"/>. Both give
/// the same <see cref="ColumnTable"/> for the same data; Parquet rows are named by row number instead of line.
/// </summary>
public static class TableFiles
{
    /// <summary>The extension that marks a Parquet file (any case).</summary>
    public const string ParquetExtension = ".parquet";

    /// <summary>Whether <paramref name="path"/> is read as Parquet: its name ends in <c>.parquet</c> or the file starts with <c>PAR1</c>.</summary>
    /// <param name="path">A file path (the file need not exist).</param>
    public static bool IsParquet(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Path.GetExtension(path).Equals(ParquetExtension, StringComparison.OrdinalIgnoreCase)
            || (File.Exists(path) && ParquetMagic.AtStartOf(path));
    }

    /// <summary>Reads a user's file without a schema: <see cref="CsvReader.ReadInferred(string, CsvReadOptions?)"/> or <see cref="ParquetTableReader.ReadInferred"/>.</summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file is not well-formed CSV or Parquet.</exception>
    public static ColumnTable ReadInferred(string path, CsvReadOptions? options = null) =>
        IsParquet(path) ? ParquetTableReader.ReadInferred(path, options) : CsvReader.ReadInferred(path, options);

    /// <summary>Reads a file with a schema: <see cref="CsvReader.Read(string, CsvSchema, CsvReadOptions?)"/> or <see cref="ParquetTableReader.Read"/>.</summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="schema">Expected columns.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file does not match the schema.</exception>
    public static ColumnTable Read(string path, CsvSchema schema, CsvReadOptions? options = null) =>
        IsParquet(path) ? ParquetTableReader.Read(path, schema, options) : CsvReader.Read(path, schema, options);
}
