using System.Globalization;
using System.Reflection;
using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Teaching;

/// <summary>
/// Turns rows of records into a Microsoft.Data.Analysis <see cref="DataFrame"/> for display, one column per public
/// property in declaration order. Numbers become <c>double</c> columns rounded to <c>digits</c> significant digits, so
/// tables show what matters rather than seventeen digits; dates as <c>yyyy-MM-dd</c> and everything else as invariant text.
/// </summary>
public static class Tables
{
    /// <summary>The rows as a data frame.</summary>
    /// <param name="rows">The rows; every row has the same type.</param>
    /// <param name="digits">Significant digits kept in number columns (1 to 15).</param>
    public static DataFrame ToDataFrame<T>(IEnumerable<T> rows, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);
        var list = rows.ToList();
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray();
        var columns = properties.Select(p => Column(p, list, digits)).ToList();
        return new DataFrame(columns);
    }

    private static DataFrameColumn Column<T>(PropertyInfo property, List<T> rows, int digits)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(double) || type == typeof(float) || type == typeof(int) || type == typeof(long) || type == typeof(decimal))
        {
            return new DoubleDataFrameColumn(
                property.Name,
                rows.Select(r =>
                    property.GetValue(r) is { } v ? Round(Convert.ToDouble(v, CultureInfo.InvariantCulture), digits) : (double?)null
                )
            );
        }

        return new StringDataFrameColumn(property.Name, rows.Select(r => property.GetValue(r) is { } v ? Text(v) : null));
    }

    private static string? Text(object value) =>
        value switch
        {
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString(
                time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss",
                CultureInfo.InvariantCulture
            ),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };

    private static double Round(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        var decimals = digits - magnitude;
        return decimals switch
        {
            < 0 => Math.Round(value / Math.Pow(10, -decimals), MidpointRounding.AwayFromZero) * Math.Pow(10, -decimals),
            > 15 => value,
            _ => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
        };
    }
}
