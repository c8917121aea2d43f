namespace AmazonSalesRegression.Data.Quality;

/// <summary>
/// Finds SKU-days with implausibly high units from the data alone, with two robust z-scores per in-stock SKU-day that
/// sold at least one unit:
/// <list type="bullet">
/// <item><b>conversion</b>: ln(units / sessions) against the SKU's median; a bulk order adds units without traffic;</item>
/// <item><b>demand</b>: ln(units) minus the day's market-wide level (the median over SKUs of ln units minus each SKU's
/// median, which absorbs events and seasons), against the median of the SKU's <c>window</c> days either side (which
/// absorbs promotions and price changes).</item>
/// </list>
/// A day is a candidate when either score exceeds the threshold. Scores are robust (median and MAD, see
/// <see cref="RobustScale"/>), so the outliers do not hide themselves by inflating the scale.
/// </summary>
public static class OutlierScan
{
    /// <summary>The default threshold: a robust z above 6 has a probability below 1e-8 under normal noise.</summary>
    public const double DefaultThreshold = 6.0;

    /// <summary>The default number of neighbouring days either side for the demand score.</summary>
    public const int DefaultWindow = 3;

    /// <summary>The candidates in row order.</summary>
    /// <param name="rows">The sales rows.</param>
    /// <param name="threshold">Robust z above which a day is flagged.</param>
    /// <param name="window">Neighbouring days either side that form a day's local baseline (at least 1).</param>
    public static IReadOnlyList<OutlierCandidate> Find(
        IReadOnlyList<SalesRecord> rows,
        double threshold = DefaultThreshold,
        int window = DefaultWindow
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var scored = Scores(rows, window);
        return
        [
            .. scored
                .Where(s => s.ConversionZ > threshold || s.DemandZ > threshold)
                .OrderBy(s => s.Row)
                .Select(s =>
                    s with
                    {
                        Signal = (s.ConversionZ > threshold, s.DemandZ > threshold) switch
                        {
                            (true, true) => "conversion + demand",
                            (true, false) => "conversion",
                            _ => "demand",
                        },
                    }
                ),
        ];
    }

    /// <summary>Both scores of every in-stock SKU-day with at least one unit and one session, in row order.</summary>
    /// <param name="rows">The sales rows.</param>
    /// <param name="window">Neighbouring days either side that form a day's local baseline (at least 1).</param>
    public static IReadOnlyList<OutlierCandidate> Scores(IReadOnlyList<SalesRecord> rows, int window = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var usable = Enumerable.Range(0, rows.Count).Where(i => rows[i] is { InStock: true, UnitsSold: > 0, Sessions: > 0 }).ToArray();
        var logUnits = usable.ToDictionary(i => i, i => Math.Log(rows[i].UnitsSold));
        var skuLevel = usable.GroupBy(i => rows[i].Sku).ToDictionary(g => g.Key, g => RobustScale.Median(g.Select(i => logUnits[i])));
        var dayLevel = usable
            .GroupBy(i => rows[i].Date)
            .ToDictionary(g => g.Key, g => RobustScale.Median(g.Select(i => logUnits[i] - skuLevel[rows[i].Sku])));
        var result = new List<OutlierCandidate>(usable.Length);
        foreach (var sku in usable.GroupBy(i => rows[i].Sku))
        {
            var days = sku.OrderBy(i => rows[i].Date).ToArray();
            var conversion = RobustScale.ZScores([.. days.Select(i => Math.Log((double)rows[i].UnitsSold / rows[i].Sessions))]);
            var adjusted = days.Select(i => logUnits[i] - dayLevel[rows[i].Date]).ToArray();
            var demand = RobustScale.ZScores([.. adjusted.Select((y, k) => y - LocalBaseline(adjusted, k, window))]);
            for (var k = 0; k < days.Length; k++)
            {
                var row = rows[days[k]];
                result.Add(new OutlierCandidate(days[k], row.Date, row.Sku, row.UnitsSold, row.Sessions, conversion[k], demand[k], ""));
            }
        }

        result.Sort((a, b) => a.Row.CompareTo(b.Row));
        return result;
    }

    private static double LocalBaseline(double[] values, int center, int window)
    {
        var from = Math.Max(0, center - window);
        var to = Math.Min(values.Length - 1, center + window);
        return RobustScale.Median(Enumerable.Range(from, to - from + 1).Where(k => k != center).Select(k => values[k]));
    }
}
