namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// The expected columns of a CSV file, by header name, with their types and accepted values, plus checks across
/// a row. The file's columns may come in any order. In a <see cref="Strict"/> schema a header column not in the
/// schema is an error; otherwise it is ignored.
/// </summary>
public sealed partial class CsvSchema
{
    private readonly Dictionary<string, int> _indexByName;

    /// <summary>Creates a schema.</summary>
    /// <param name="columns">The columns, in the order the resulting table lists them.</param>
    /// <param name="strict">Whether a header column not in the schema is an error.</param>
    /// <param name="rules">Checks across each row, run in order after the row's fields parsed.</param>
    /// <exception cref="ArgumentException">A column is ill-defined, names repeat, or a rule names an unknown column.</exception>
    public CsvSchema(IEnumerable<CsvColumn> columns, bool strict = true, IEnumerable<CsvRowRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        Strict = strict;
        Rules = [.. rules ?? []];
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A schema needs at least one column.", nameof(columns));
        }

        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            Validate(Columns[i]);
            if (!_indexByName.TryAdd(Columns[i].Name, i))
            {
                throw new ArgumentException($"Column '{Columns[i].Name}' appears twice in the schema.", nameof(columns));
            }
        }

        foreach (var rule in Rules)
        {
            if (IndexOf(rule.Column) < 0)
            {
                throw new ArgumentException($"Rule '{rule.Description}' names unknown column '{rule.Column}'.", nameof(rules));
            }
        }
    }

    /// <summary>The columns, in table order.</summary>
    public IReadOnlyList<CsvColumn> Columns { get; }

    /// <summary>Whether a header column not in the schema is an error.</summary>
    public bool Strict { get; }

    /// <summary>Checks across each row.</summary>
    public IReadOnlyList<CsvRowRule> Rules { get; }

    /// <summary>The column called <paramref name="name"/>.</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public CsvColumn this[string name] =>
        IndexOf(name) is var i and >= 0 ? Columns[i] : throw new KeyNotFoundException($"The schema has no column '{name}'.");

    /// <summary>The position of the column called <paramref name="name"/>, or -1.</summary>
    /// <param name="name">Column name.</param>
    public int IndexOf(string name) => _indexByName.TryGetValue(name, out var index) ? index : -1;

    private static void Validate(CsvColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var problem = column switch
        {
            { Name: null or "" } => "has an empty name",
            { AllowEmpty: true, Type: CsvColumnType.Int32 or CsvColumnType.Boolean01 or CsvColumnType.Date } =>
                "allows empty values, but only Double and text columns can store them",
            { AllowNonFinite: true, Type: not CsvColumnType.Double } => "allows NaN/Infinity, but is not a Double column",
            { Range: not null, Type: not (CsvColumnType.Double or CsvColumnType.Int32) } => "has a range, but is not numeric",
            { AllowedValues: not null, Type: not (CsvColumnType.String or CsvColumnType.Category) } =>
                "has allowed values, but is not a text column",
            _ => null,
        };
        if (problem is not null)
        {
            throw new ArgumentException($"Column '{column.Name}' {problem}.", nameof(column));
        }
    }
}
