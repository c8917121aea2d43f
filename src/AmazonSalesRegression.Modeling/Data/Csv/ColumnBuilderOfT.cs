using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>A <see cref="ColumnBuilder"/> storing values of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">Element type.</typeparam>
internal abstract class ColumnBuilder<T> : ColumnBuilder
{
    private const int InitialCapacity = 256;
    private T[] _values = new T[InitialCapacity];

    protected ColumnBuilder(CsvColumn column)
        : base(column) { }

    /// <summary>The value stored at <paramref name="row"/>.</summary>
    public T this[int row] => _values[row];

    /// <inheritdoc />
    public override void CopyTo(ColumnBuilder target, int targetRow, int count)
    {
        var typed = (ColumnBuilder<T>)target;
        typed.Grow(targetRow + count);
        Array.Copy(_values, 0, typed._values, targetRow, count);
    }

    /// <inheritdoc />
    public override TableColumn Build(int count, int sourceColumn) =>
        new TableColumn<T>(Column.Name, Column.Type, sourceColumn, _values, count);

    /// <inheritdoc />
    public override void SetDefault(int row) => Set(row, default!);

    /// <inheritdoc />
    public override void Reserve(int capacity)
    {
        if (capacity > _values.Length)
        {
            Array.Resize(ref _values, capacity);
        }
    }

    /// <summary>Stores <paramref name="value"/> at <paramref name="row"/>, growing the array as needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Set(int row, T value)
    {
        if (row >= _values.Length)
        {
            Grow(row + 1);
        }

        _values[row] = value;
    }

    // Grows geometrically, so that appending row after row costs amortized constant time.
    private void Grow(int capacity)
    {
        if (capacity > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(capacity, _values.Length * 2));
        }
    }
}
