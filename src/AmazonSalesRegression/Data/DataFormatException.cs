namespace AmazonSalesRegression.Data;

/// <summary>
/// Raised when input data does not match what was expected. The message names the source,
/// the 1-based line and column (when known), the field and what was expected, so that a
/// learner can fix the file without reading a stack trace.
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
        : base(Format(source, line, column, field, problem))
    {
        Source = source;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>File path or other name of the input.</summary>
    public new string Source { get; }

    /// <summary>1-based physical line of the problem, if it concerns one line.</summary>
    public int? Line { get; }

    /// <summary>1-based column number of the problem, if it concerns one column.</summary>
    public int? Column { get; }

    /// <summary>Name of the column or field concerned, if known.</summary>
    public string? Field { get; }

    /// <summary>The problem and what was expected, without the location.</summary>
    public string Problem { get; }

    private static string Format(string source, int? line, int? column, string? field, string problem)
    {
        var location = source;
        if (line is { } l)
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
