using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Builds an <see cref="CsvColumnType.Int32"/> column.</summary>
internal sealed class Int32ColumnBuilder(CsvColumn column) : ColumnBuilder<int>(column)
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string? TryParse(ReadOnlySpan<char> text, int row)
    {
        if (!InvariantParsing.TryParseInt32(text, out var value))
        {
            return NotParsed(text);
        }

        if (Column.Range is { } range && !range.Contains(value))
        {
            return OutOfRange(text);
        }

        Set(row, value);
        return null;
    }
}
