using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

public sealed partial class CsvSchema
{
    /// <summary>
    /// Infers a strict schema for a user's CSV file: a column is <see cref="CsvColumnType.Double"/> when it has at
    /// least one row and every value is a finite invariant-culture number (spaces around it allowed, empty values
    /// not), otherwise <see cref="CsvColumnType.String"/> with empty values allowed. Each column's
    /// <see cref="CsvColumn.Description"/> says why, e.g. <c>text: line 17 has 'n/a', which is not a finite number</c>.
    /// </summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="options">Under <see cref="BadRowPolicy.Skip"/>, ragged rows and blank lines are ignored instead of thrown.</param>
    /// <exception cref="DataFormatException">The file is empty, a header name is empty or repeated, or a row is malformed.</exception>
    public static CsvSchema Infer(string path, CsvReadOptions? options = null)
    {
        using var reader = CsvFiles.OpenText(path);
        return CsvReader.InferSchema(reader, path, options ?? CsvReadOptions.Default, reader.BaseStream.Length);
    }

    /// <summary>Infers a strict schema from text; see <see cref="Infer(string, CsvReadOptions?)"/>.</summary>
    /// <param name="reader">Input (left open).</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="options">Under <see cref="BadRowPolicy.Skip"/>, ragged rows and blank lines are ignored instead of thrown.</param>
    /// <exception cref="DataFormatException">The input is empty, a header name is empty or repeated, or a row is malformed.</exception>
    public static CsvSchema Infer(TextReader reader, string source, CsvReadOptions? options = null) =>
        CsvReader.InferSchema(reader, source, options ?? CsvReadOptions.Default, expectedChars: null);
}
