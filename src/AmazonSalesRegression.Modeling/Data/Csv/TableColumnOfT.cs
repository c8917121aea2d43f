using System.Collections;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>A column of a <see cref="ColumnTable"/> with values of type <typeparamref name="T"/>, read-only.</summary>
/// <typeparam name="T"><see cref="double"/>, <see cref="int"/>, <see cref="bool"/>, <see cref="DateOnly"/> or <see cref="string"/>.</typeparam>
public sealed class TableColumn<T> : TableColumn, IReadOnlyList<T>
{
    private readonly T[] _values;
    private readonly int _count;

    internal TableColumn(string name, CsvColumnType type, int sourceColumn, T[] values, int count)
        : base(name, type, sourceColumn)
    {
        _values = values;
        _count = count;
    }

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>The value in row <paramref name="row"/> (0-based).</summary>
    /// <param name="row">Row index.</param>
    public T this[int row] => (uint)row < (uint)_count ? _values[row] : throw new ArgumentOutOfRangeException(nameof(row));

    /// <summary>The values without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _values.AsSpan(0, _count);

    /// <inheritdoc />
    public override double[] ToDoubles()
    {
        var result = new double[_count];
        switch (_values)
        {
            case double[] doubles:
                Array.Copy(doubles, result, _count);
                break;
            case int[] ints:
                for (var i = 0; i < _count; i++)
                {
                    result[i] = ints[i];
                }

                break;
            case bool[] flags:
                for (var i = 0; i < _count; i++)
                {
                    result[i] = flags[i] ? 1 : 0;
                }

                break;
            default:
                throw new InvalidOperationException($"Column '{Name}' holds {Type} values, which are not numbers.");
        }

        return result;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _values[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
