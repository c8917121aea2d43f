namespace AmazonSalesRegression.Data.Csv;

public sealed partial class CsvSchema
{
    /// <summary>
    /// Infers a strict schema for a user's CSV file: a column is <see cref="CsvColumnType.Double"/> when it has at
    /// least one row and every value is a finite invariant-culture number (spaces around it allowed, empty values
    /// not), otherwise <see cref="CsvColumnType.String"/>. Each column's <see cref="CsvColumn.Description"/> says why.
    /// </summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="options">Under <see cref="BadRowPolicy.Skip"/>, ragged rows and blank lines are ignored instead of thrown.</param>
    /// <exception cref="DataFormatException">The file is empty, a header name is empty or repeated, or a row is malformed.</exception>
    public static CsvSchema Infer(string path, CsvReadOptions? options = null)
    {
        using var tokenizer = new CsvTokenizer(path);
        return Infer(tokenizer, options ?? CsvReadOptions.Default);
    }

    /// <summary>Infers a strict schema from text; see <see cref="Infer(string, CsvReadOptions?)"/>.</summary>
    /// <param name="reader">Input (left open).</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="options">Under <see cref="BadRowPolicy.Skip"/>, ragged rows and blank lines are ignored instead of thrown.</param>
    /// <exception cref="DataFormatException">The input is empty, a header name is empty or repeated, or a row is malformed.</exception>
    public static CsvSchema Infer(TextReader reader, string source, CsvReadOptions? options = null)
    {
        using var tokenizer = new CsvTokenizer(reader, source, leaveOpen: true);
        return Infer(tokenizer, options ?? CsvReadOptions.Default);
    }

    private static CsvSchema Infer(CsvTokenizer tokenizer, CsvReadOptions options)
    {
        var header = CsvHeader.Read(tokenizer);
        var names = header.Names;
        var textEvidence = new string?[names.Count];
        var rows = 0;
        var blankLines = new List<int>();
        while (tokenizer.ReadRecord())
        {
            if (tokenizer.IsBlankLine)
            {
                blankLines.Add(tokenizer.RecordLine);
                continue;
            }

            if (blankLines.Count > 0 && options.BadRows == BadRowPolicy.Throw)
            {
                throw CsvErrors.BlankLine(tokenizer.Source, blankLines[0], names.Count);
            }

            if (tokenizer.FieldCount != names.Count)
            {
                if (options.BadRows == BadRowPolicy.Throw)
                {
                    throw CsvErrors.Ragged(tokenizer.Source, tokenizer.RecordLine, names, tokenizer.FieldCount);
                }

                continue;
            }

            rows++;
            for (var i = 0; i < names.Count; i++)
            {
                if (textEvidence[i] is null && !(InvariantParsing.TryParseDouble(tokenizer[i], out var value) && double.IsFinite(value)))
                {
                    textEvidence[i] = $"line {tokenizer.FieldLine(i)} has {(tokenizer[i].IsWhiteSpace() ? "an empty value" : CsvErrors.Show(tokenizer[i]))}, which is not a finite number";
                }
            }
        }

        return new CsvSchema(names.Select((name, i) => InferredColumn(name, rows, textEvidence[i])));
    }

    private static CsvColumn InferredColumn(string name, int rows, string? textEvidence) =>
        rows > 0 && textEvidence is null
            ? new CsvColumn(name, CsvColumnType.Double) { Description = $"number: all {rows} values are finite numbers" }
            : new CsvColumn(name, CsvColumnType.String)
            {
                AllowEmpty = true,
                Description = rows == 0 ? "text: the file has no rows to show it is numeric" : $"text: {textEvidence}",
            };
}
