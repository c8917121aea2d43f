using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Builds a <see cref="CsvColumnType.String"/> or <see cref="CsvColumnType.Category"/> column, keeping text exactly.
/// Category values are pooled: a repeated value is looked up by its characters and costs no new string.
/// </summary>
internal sealed class TextColumnBuilder : ColumnBuilder<string>
{
    private readonly Dictionary<string, string>? _pool;
    private readonly HashSet<string>? _allowed;

    public TextColumnBuilder(CsvColumn column)
        : base(column)
    {
        _pool = column.Type == CsvColumnType.Category ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
        _allowed = column.AllowedValues is { } allowed ? new HashSet<string>(allowed, StringComparer.Ordinal) : null;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string? TryParse(ReadOnlySpan<char> text, int row)
    {
        if (_pool is not null && _pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var pooled))
        {
            Set(row, pooled);
            return null;
        }

        if (text.IsEmpty && !Column.AllowEmpty)
        {
            return $"expected {CsvErrors.Expected(Column.Type)}, found an empty value";
        }

        var value = text.ToString();
        if (_allowed is not null && !_allowed.Contains(value) && !text.IsEmpty)
        {
            return $"expected one of {string.Join(", ", Column.AllowedValues!)}, found {CsvErrors.Show(text)}";
        }

        _pool?.Add(value, value);
        Set(row, value);
        return null;
    }
}
