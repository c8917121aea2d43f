namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// One column of a <see cref="CsvSchema"/>: its header name, value type and what values are accepted.
/// By default every value must be present and parse as <paramref name="Type"/>; NaN and infinities are rejected.
/// </summary>
/// <param name="Name">Header name, matched exactly (case and spaces count).</param>
/// <param name="Type">Value type.</param>
public sealed record CsvColumn(string Name, CsvColumnType Type)
{
    /// <summary>
    /// Whether an empty value is accepted: stored as <see cref="double.NaN"/> in <see cref="CsvColumnType.Double"/>
    /// columns and as <c>""</c> in text columns. Not supported for other types, which have no missing-value marker.
    /// </summary>
    public bool AllowEmpty { get; init; }

    /// <summary>Whether <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> are accepted (<see cref="CsvColumnType.Double"/> only).</summary>
    public bool AllowNonFinite { get; init; }

    /// <summary>The interval numeric values must lie in, if any (<see cref="CsvColumnType.Double"/> and <see cref="CsvColumnType.Int32"/>).</summary>
    public CsvRange? Range { get; init; }

    /// <summary>The only accepted values, compared exactly, if restricted (text columns only).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>A human-readable note on the column, e.g. why schema inference classified it as it did.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the column holds numbers (<see cref="CsvColumnType.Double"/>, <see cref="CsvColumnType.Int32"/> or <see cref="CsvColumnType.Boolean01"/>).</summary>
    public bool IsNumeric => Type is CsvColumnType.Double or CsvColumnType.Int32 or CsvColumnType.Boolean01;
}
