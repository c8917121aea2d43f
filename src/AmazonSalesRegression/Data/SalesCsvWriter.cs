using System.Globalization;
using System.Text;

namespace AmazonSalesRegression.Data;

/// <summary>
/// Writes <see cref="SalesRecord"/> rows as CSV in a fixed, culture-independent format, so that the same rows give the
/// same bytes on every machine: UTF-8 without byte order mark, LF line endings, a header of
/// <see cref="SalesColumns.All"/>, dates as <c>yyyy-MM-dd</c>, money with two decimals, ratings with one decimal,
/// integers plain and flags as 0/1. Text fields are quoted (RFC 4180) only when they contain a comma, quote or line break.
/// </summary>
public static class SalesCsvWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the header and one line per row to <paramref name="writer"/>.</summary>
    /// <param name="rows">The rows, written in the given order.</param>
    /// <param name="writer">Destination; it is not closed.</param>
    public static void Write(IEnumerable<SalesRecord> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', SalesColumns.All));
        writer.Write('\n');
        var line = new StringBuilder(256);
        foreach (var row in rows)
        {
            line.Clear();
            AppendRow(line, row);
            writer.Write(line);
        }
    }

    /// <summary>Writes the rows to the file <paramref name="path"/> (created or overwritten), UTF-8 without BOM.</summary>
    /// <param name="rows">The rows, written in the given order.</param>
    /// <param name="path">File to write; its folder must exist.</param>
    public static void Write(IEnumerable<SalesRecord> rows, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(rows, writer);
    }

    private static void AppendRow(StringBuilder line, SalesRecord row)
    {
        line.Append(row.Date.ToString("yyyy-MM-dd", Invariant)).Append(',');
        AppendText(line, row.Sku);
        AppendText(line, row.Category);
        AppendText(line, row.Fulfilment);
        AppendMoney(line, row.ListPrice);
        AppendMoney(line, row.SellingPrice);
        AppendMoney(line, row.Discount);
        AppendMoney(line, row.CompetitorPrice);
        AppendMoney(line, row.AdSpendSponsoredProducts);
        AppendMoney(line, row.AdSpendSponsoredBrands);
        AppendMoney(line, row.AdSpendDisplay);
        AppendInteger(line, row.Sessions);
        AppendInteger(line, row.PageViews);
        line.Append(row.AverageRating.ToString("0.0", Invariant)).Append(',');
        AppendInteger(line, row.ReviewCount);
        AppendFlag(line, row.InStock);
        AppendFlag(line, row.PrimeDay);
        AppendFlag(line, row.BlackFridayCyberMonday);
        AppendFlag(line, row.HolidaySeason);
        AppendInteger(line, row.UnitsSold);
        AppendMoney(line, row.Revenue);
        line.Append(row.ReferralFee.ToString("0.00", Invariant)).Append('\n');
    }

    private static void AppendText(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(value);
        }

        line.Append(',');
    }

    private static void AppendMoney(StringBuilder line, double value) => line.Append(value.ToString("0.00", Invariant)).Append(',');

    private static void AppendInteger(StringBuilder line, int value) => line.Append(value.ToString(Invariant)).Append(',');

    private static void AppendFlag(StringBuilder line, bool value) => line.Append(value ? "1," : "0,");
}
