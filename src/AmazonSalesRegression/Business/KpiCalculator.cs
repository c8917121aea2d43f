using System.Globalization;
using AmazonSalesRegression.Data;

namespace AmazonSalesRegression.Business;

/// <summary>
/// Computes <see cref="KpiSummary"/> rows from sales records: for all rows, per category, per reporting period, or per
/// any key. Totals are summed in <see cref="decimal"/> so that money adds up to the cent in any order.
/// </summary>
public static class KpiCalculator
{
    /// <summary>The KPIs of all <paramref name="rows"/> as one group.</summary>
    /// <param name="rows">The SKU-days; at least one.</param>
    /// <param name="group">The label of the group.</param>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty.</exception>
    public static KpiSummary Summarize(IEnumerable<SalesRecord> rows, string group = "All")
    {
        ArgumentNullException.ThrowIfNull(rows);
        int count = 0,
            inStock = 0;
        long units = 0,
            sessions = 0;
        decimal revenue = 0,
            adSpend = 0;
        var priceIndexSum = 0.0;
        foreach (var row in rows)
        {
            count++;
            inStock += row.InStock ? 1 : 0;
            units += row.UnitsSold;
            sessions += row.Sessions;
            revenue += (decimal)row.Revenue;
            adSpend += (decimal)row.AdSpendSponsoredProducts + (decimal)row.AdSpendSponsoredBrands + (decimal)row.AdSpendDisplay;
            priceIndexSum += row.SellingPrice / row.CompetitorPrice;
        }

        if (count == 0)
        {
            throw new ArgumentException("At least one row is needed to compute KPIs.", nameof(rows));
        }

        var totalRevenue = (double)revenue;
        var totalAdSpend = (double)adSpend;
        return new KpiSummary(
            group,
            count,
            totalRevenue,
            units,
            sessions,
            totalAdSpend,
            sessions == 0 ? double.NaN : (double)units / sessions,
            totalRevenue == 0 ? double.NaN : totalAdSpend / totalRevenue,
            totalAdSpend == 0 ? double.NaN : totalRevenue / totalAdSpend,
            units == 0 ? double.NaN : totalRevenue / units,
            priceIndexSum / count,
            (double)inStock / count
        );
    }

    /// <summary>One summary per distinct key, in ordinal order of the key.</summary>
    /// <param name="rows">The SKU-days.</param>
    /// <param name="key">The group of a row, e.g. its SKU.</param>
    public static IReadOnlyList<KpiSummary> By(IEnumerable<SalesRecord> rows, Func<SalesRecord, string> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        return [.. rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Summarize(g, g.Key))];
    }

    /// <summary>One summary per category, in alphabetical order.</summary>
    /// <param name="rows">The SKU-days.</param>
    public static IReadOnlyList<KpiSummary> ByCategory(IEnumerable<SalesRecord> rows) => By(rows, r => r.Category);

    /// <summary>One summary per week, month or year, in time order.</summary>
    /// <param name="rows">The SKU-days.</param>
    /// <param name="period">The reporting period.</param>
    public static IReadOnlyList<KpiSummary> ByPeriod(IEnumerable<SalesRecord> rows, KpiPeriod period) =>
        By(rows, r => PeriodLabel(r.Date, period));

    /// <summary>The label of the period that contains <paramref name="date"/>; labels sort in time order.</summary>
    /// <param name="date">A day.</param>
    /// <param name="period">The reporting period.</param>
    public static string PeriodLabel(DateOnly date, KpiPeriod period) =>
        period switch
        {
            KpiPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            KpiPeriod.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            KpiPeriod.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown KPI period."),
        };
}
