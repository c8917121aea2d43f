using System.Globalization;

namespace AmazonSalesRegression.Reporting;

/// <summary>Invariant number, money and percentage formats of the stakeholder report.</summary>
internal static class ReportNumbers
{
    public static string Money(double value) => value.ToString("$#,0", CultureInfo.InvariantCulture);

    public static string Money2(double value) => value.ToString("$#,0.00", CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals = 3) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string Percent(double fraction, int decimals = 1) =>
        (100 * fraction).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %";

    public static string PercentValue(double percent, int decimals = 1) =>
        percent.ToString("F" + decimals, CultureInfo.InvariantCulture) + " %";

    public static string Interval(double lower, double upper, int decimals = 3) =>
        $"[{Number(lower, decimals)}, {Number(upper, decimals)}]";

    public static string Significant(double value, int digits = 4) => value.ToString("G" + digits, CultureInfo.InvariantCulture);
}
