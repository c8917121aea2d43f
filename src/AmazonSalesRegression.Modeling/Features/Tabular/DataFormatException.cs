namespace AmazonSalesRegression.Features.Tabular;

/// <summary>
/// Raised when input data does not match what was expected. The message names the source,
/// the 1-based line and column (when known) or, for a source without lines such as a Parquet file, the 1-based row,
/// the field and what was expected, so that a learner can fix the file without reading a stack trace.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates an error located in a source.</summary>
    /// <param name="source">File path or other name of the input.</param>
    /// <param name="line">1-based physical line, or <see langword="null"/> when the problem concerns the whole input.</param>
    /// <param name="column">1-based column number, or <see langword="null"/> when not applicable.</param>
    /// <param name="field">Column or field name, when known.</param>
    /// <param name="problem">What is wrong, including what was expected.</param>
    public DataFormatException(string source, int? line, int? column, string? field, string problem)
        : this(source, line, null, column, field, problem) { }

    private DataFormatException(string source, int? line, int? row, int? column, string? field, string problem)
        : base(Format(source, line, row, field, column, problem))
    {
        Source = source;
        Line = line;
        Row = row;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>File path or other name of the input.</summary>
    public new string Source { get; }

    /// <summary>1-based physical line of the problem, if it concerns one line.</summary>
    public int? Line { get; }

    /// <summary>1-based data row of the problem in a source without lines (a Parquet file), if it concerns one row.</summary>
    public int? Row { get; }

    /// <summary>1-based column number of the problem, if it concerns one column.</summary>
    public int? Column { get; }

    /// <summary>Name of the column or field concerned, if known.</summary>
    public string? Field { get; }

    /// <summary>The problem and what was expected, without the location.</summary>
    public string Problem { get; }

    /// <summary>
    /// An error located at a row of a source that has rows but no lines (a Parquet file); the message reads
    /// <c>file.parquet: row 3: column 'price': problem</c>.
    /// </summary>
    /// <param name="source">File path or other name of the input.</param>
    /// <param name="row">1-based data row (the first row of data is row 1).</param>
    /// <param name="column">1-based position of the column in the source, or <see langword="null"/> when not applicable.</param>
    /// <param name="field">Column or field name, when known.</param>
    /// <param name="problem">What is wrong, including what was expected.</param>
    public static DataFormatException AtRow(string source, int row, int? column, string? field, string problem) =>
        new(source, null, row, column, field, problem);

    private static string Format(string source, int? line, int? row, string? field, int? column, string problem)
    {
        var location = source;
        if (row is { } r)
        {
            location += $": row {r}";
        }
        else if (line is { } l)
        {
            location += $":{l}";
            if (column is { } c)
            {
                location += $":{c}";
            }
        }

        return field is null ? $"{location}: {problem}" : $"{location}: column '{field}': {problem}";
    }
}
