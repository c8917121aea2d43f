using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Builds a <see cref="CsvColumnType.Date"/> column.</summary>
internal sealed class DateColumnBuilder(CsvColumn column) : ColumnBuilder<DateOnly>(column)
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string? TryParse(ReadOnlySpan<char> text, int row)
    {
        if (!InvariantParsing.TryParseDate(text, out var value))
        {
            return NotParsed(text);
        }

        Set(row, value);
        return null;
    }
}
