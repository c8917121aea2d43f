using System.Globalization;

namespace AmazonSalesRegression.Teaching;

/// <summary>The number formats of the self-check lines: as many decimals as the check's precision, and no more.</summary>
public static partial class SelfCheck
{
    /// <summary>Most decimals a self-check line prints.</summary>
    private const int MaxDecimals = 15;

    /// <summary>Decimals that show one significant digit of <paramref name="resolution"/> (0 for 1 and above).</summary>
    private static int DecimalsFor(double resolution) =>
        double.IsFinite(resolution) && resolution > 0
            ? Math.Clamp(-(int)Math.Floor(Math.Log10(resolution)), 0, MaxDecimals - 1)
            : 3;

    /// <summary><paramref name="value"/> with exactly <paramref name="decimals"/> decimals (thousands separated from 10,000).</summary>
    private static string Fixed(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return Found(value);
        }

        var format = (Math.Abs(value) >= 1e4 ? "N" : "F") + Math.Min(decimals, MaxDecimals).ToString(CultureInfo.InvariantCulture);
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="value"/> with at most <paramref name="decimals"/> decimals, trailing zeros removed.</summary>
    private static string Trimmed(double value, int decimals)
    {
        var text = Fixed(value, decimals);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary><paramref name="value"/> to <paramref name="digits"/> significant digits, trailing zeros removed.</summary>
    private static string Significant(double value, int digits)
    {
        var magnitude = value == 0 || !double.IsFinite(value) ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return magnitude is < -4 or >= 15 ? Short(value) : Trimmed(value, Math.Max(0, digits - 1 - magnitude));
    }

    /// <summary>A short form for tolerances: <c>0.005</c>, <c>0.5</c>, <c>1e-12</c>.</summary>
    private static string Short(double value)
    {
        var text = value.ToString("G3", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
