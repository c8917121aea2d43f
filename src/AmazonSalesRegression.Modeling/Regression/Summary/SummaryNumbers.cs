using System.Globalization;

namespace AmazonSalesRegression.Regression.Summary;

/// <summary>Number formatting of the statsmodels-style regression summaries: invariant culture, fixed decimals for ordinary magnitudes, significant digits otherwise.</summary>
internal static class SummaryNumbers
{
    public static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Fixed <paramref name="decimals"/> places, switching to scientific notation below 1e-4 or from 1e6 on (as statsmodels' <c>forg</c>).</summary>
    public static string Format(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        var magnitude = Math.Abs(value);
        return magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e6)
            ? value.ToString("0." + new string('0', decimals - 1) + "e+00", Culture)
            : value.ToString("F" + decimals, Culture);
    }

    /// <summary><paramref name="digits"/> significant digits.</summary>
    public static string General(double value, int digits) =>
        double.IsNaN(value) ? "nan" : value.ToString("G" + digits, Culture).Replace("E", "e", StringComparison.Ordinal);
}
