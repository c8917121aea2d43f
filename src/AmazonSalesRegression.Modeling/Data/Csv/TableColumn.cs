namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// One column of a <see cref="ColumnTable"/>: a name, a value type and a read-only array of values
/// (see <see cref="TableColumn{T}"/> for typed access).
/// </summary>
public abstract class TableColumn
{
    private protected TableColumn(string name, CsvColumnType type, int sourceColumn)
    {
        Name = name;
        Type = type;
        SourceColumn = sourceColumn;
    }

    /// <summary>Column name, as in the header.</summary>
    public string Name { get; }

    /// <summary>Value type.</summary>
    public CsvColumnType Type { get; }

    /// <summary>1-based position of the column in the source file's header.</summary>
    public int SourceColumn { get; }

    /// <summary>Number of values (the table's row count).</summary>
    public abstract int Count { get; }

    /// <summary>Whether the values are numbers: <see cref="CsvColumnType.Double"/>, <see cref="CsvColumnType.Int32"/> or <see cref="CsvColumnType.Boolean01"/>.</summary>
    public bool IsNumeric => Type is CsvColumnType.Double or CsvColumnType.Int32 or CsvColumnType.Boolean01;

    /// <summary>A new array of the values as doubles (flags become 0 and 1).</summary>
    /// <exception cref="InvalidOperationException">The column is not <see cref="IsNumeric"/>.</exception>
    public abstract double[] ToDoubles();
}
