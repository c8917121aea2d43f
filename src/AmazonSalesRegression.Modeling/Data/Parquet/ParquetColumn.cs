namespace AmazonSalesRegression.Data.Parquet;

/// <summary>
/// One column of a Parquet file, all row groups read: its name, 1-based position among the file's columns, the Parquet
/// type it had, and its values in the array of its <see cref="Kind"/>, with a null mask when the column is nullable.
/// </summary>
internal sealed class ParquetColumn
{
    private ParquetColumn(string name, int position, string typeName, ParquetValueKind kind, Array values, bool[]? nulls)
    {
        Name = name;
        Position = position;
        TypeName = typeName;
        Kind = kind;
        Values = values;
        Nulls = nulls;
    }

    /// <summary>Column name.</summary>
    public string Name { get; }

    /// <summary>1-based position among the file's top-level columns.</summary>
    public int Position { get; }

    /// <summary>The Parquet type as messages name it, e.g. <c>int64</c>, <c>double</c> or <c>date</c>.</summary>
    public string TypeName { get; }

    /// <summary>The kind of values, and so the type of <see cref="Values"/>.</summary>
    public ParquetValueKind Kind { get; }

    /// <summary>The values: <see cref="double"/>[], <see cref="long"/>[], <see cref="bool"/>[], <see cref="DateOnly"/>[] or <see cref="string"/>[] by <see cref="Kind"/>.</summary>
    public Array Values { get; }

    /// <summary>For each row, whether the value is null; <see langword="null"/> when no row is.</summary>
    public bool[]? Nulls { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Values.Length;

    /// <summary>Whether row <paramref name="row"/> is null.</summary>
    /// <param name="row">0-based row.</param>
    public bool IsNull(int row) => Nulls is { } nulls && nulls[row];

    /// <summary>A column of <paramref name="kind"/>; <paramref name="nulls"/> is dropped when no row is null.</summary>
    public static ParquetColumn Create(string name, int position, string typeName, ParquetValueKind kind, Array values, bool[]? nulls) =>
        new(name, position, typeName, kind, values, nulls is not null && Array.IndexOf(nulls, true) >= 0 ? nulls : null);
}
