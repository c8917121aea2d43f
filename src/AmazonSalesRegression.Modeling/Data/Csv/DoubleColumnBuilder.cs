using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Builds a <see cref="CsvColumnType.Double"/> column; an allowed empty value becomes NaN.</summary>
internal sealed class DoubleColumnBuilder(CsvColumn column) : ColumnBuilder<double>(column)
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string? TryParse(ReadOnlySpan<char> text, int row)
    {
        if (!InvariantParsing.TryParseDouble(text, out var value))
        {
            if (Column.AllowEmpty && text.IsWhiteSpace())
            {
                Set(row, double.NaN);
                return null;
            }

            return NotParsed(text);
        }

        if (!double.IsFinite(value))
        {
            if (!Column.AllowNonFinite)
            {
                return $"expected a finite number (NaN and Infinity are not allowed here), found {CsvErrors.Show(text)}";
            }
        }

        if (Column.Range is { } range && !double.IsNaN(value) && !range.Contains(value))
        {
            return OutOfRange(text);
        }

        Set(row, value);
        return null;
    }
}
