using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

public static partial class CsvReader
{
    /// <summary>
    /// Reads a user's CSV file without a schema: columns whose values are all finite numbers become
    /// <see cref="CsvColumnType.Double"/>, the others <see cref="CsvColumnType.String"/>
    /// (see <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>). A file of numbers is read in one pass;
    /// a file with text columns is read a second time with the inferred schema.
    /// </summary>
    /// <param name="path">File to read.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The file is not well-formed CSV.</exception>
    public static ColumnTable ReadInferred(string path, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;
        (ColumnTable Table, CsvSchema Schema) first;
        using (var reader = CsvFiles.OpenText(path))
        {
            first = ReadCore(reader, path, null, options, CsvParallelism.Default, reader.BaseStream.Length);
        }

        return IsAllNumbers(first.Schema) ? first.Table : Read(path, first.Schema, options);
    }

    /// <summary>Reads CSV text without a schema, as <see cref="ReadInferred(string, CsvReadOptions?)"/> (the text is held in memory in case a second pass is needed).</summary>
    /// <param name="reader">Input (left open).</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The input is not well-formed CSV.</exception>
    public static ColumnTable ReadInferred(TextReader reader, string source, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= CsvReadOptions.Default;
        var text = reader.ReadToEnd();
        var first = ReadCore(new StringReader(text), source, null, options, CsvParallelism.Default, text.Length);
        return IsAllNumbers(first.Schema)
            ? first.Table
            : Read(new StringReader(text), source, first.Schema, options, CsvParallelism.Default, text.Length);
    }

    /// <summary>Infers the schema of CSV text by reading it with every column as numbers; see <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>.</summary>
    internal static CsvSchema InferSchema(TextReader reader, string source, CsvReadOptions options, long? expectedChars) =>
        ReadCore(reader, source, null, options, CsvParallelism.Default, expectedChars).Schema;

    private static bool IsAllNumbers(CsvSchema schema) => schema.Columns.All(c => c.Type == CsvColumnType.Double);
}
