using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Builds a <see cref="CsvColumnType.Boolean01"/> column.</summary>
internal sealed class BooleanColumnBuilder(CsvColumn column) : ColumnBuilder<bool>(column)
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string? TryParse(ReadOnlySpan<char> text, int row)
    {
        if (!InvariantParsing.TryParseBoolean01(text, out var value))
        {
            return NotParsed(text);
        }

        Set(row, value);
        return null;
    }
}
