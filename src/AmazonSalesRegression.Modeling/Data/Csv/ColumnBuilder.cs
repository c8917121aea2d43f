namespace AmazonSalesRegression.Data.Csv;

/// <summary>Parses one column's field texts into a growable typed array, row by row.</summary>
internal abstract class ColumnBuilder
{
    protected ColumnBuilder(CsvColumn column) => Column = column;

    /// <summary>The schema column being built.</summary>
    public CsvColumn Column { get; }

    /// <summary>A builder for <paramref name="column"/>'s type.</summary>
    public static ColumnBuilder Create(CsvColumn column) =>
        column.Type switch
        {
            CsvColumnType.Double => new DoubleColumnBuilder(column),
            CsvColumnType.Int32 => new Int32ColumnBuilder(column),
            CsvColumnType.Boolean01 => new BooleanColumnBuilder(column),
            CsvColumnType.Date => new DateColumnBuilder(column),
            _ => new TextColumnBuilder(column),
        };

    /// <summary>
    /// Parses <paramref name="text"/> and stores it at <paramref name="row"/>. Returns <see langword="null"/> on
    /// success, otherwise the problem (what was expected and found) and leaves the row unspecified.
    /// </summary>
    public abstract string? TryParse(ReadOnlySpan<char> text, int row);

    /// <summary>Stores the type's default value at <paramref name="row"/>, for a value that is not kept.</summary>
    public abstract void SetDefault(int row);

    /// <summary>Copies rows <c>[0, count)</c> to <paramref name="target"/> (a builder of the same type) from row <paramref name="targetRow"/> on.</summary>
    public abstract void CopyTo(ColumnBuilder target, int targetRow, int count);

    /// <summary>Makes room for rows <c>[0, capacity)</c>.</summary>
    public abstract void Reserve(int capacity);

    /// <summary>Hands the values of rows <c>[0, count)</c> to a table column; the builder must not be used afterwards.</summary>
    public abstract TableColumn Build(int count, int sourceColumn);

    /// <summary>The standard problem text for a value that does not parse.</summary>
    protected string NotParsed(ReadOnlySpan<char> text) =>
        text.IsWhiteSpace()
            ? $"expected {CsvErrors.Expected(Column.Type)}, found an empty value"
            : $"expected {CsvErrors.Expected(Column.Type)}, found {CsvErrors.Show(text)}";

    /// <summary>The problem text for a number outside <see cref="CsvColumn.Range"/>.</summary>
    protected string OutOfRange(ReadOnlySpan<char> text) => $"expected a value {Column.Range}, found {CsvErrors.Show(text.Trim())}";
}
