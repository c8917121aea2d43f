using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Evaluation;

/// <summary>
/// Residual autocorrelation series by series. A panel's rows (e.g. sorted by date, then SKU) interleave the series,
/// so a Durbin-Watson statistic in row order compares neighbouring SKUs, not neighbouring days; the time-series
/// diagnostics must be computed within each series, in time order.
/// </summary>
// References:
//   Durbin, J. & Watson, G. S. (1950). Testing for serial correlation in least squares regression I. Biometrika 37(3/4), 409-428.
//   Box, G. E. P., Jenkins, G. M., Reinsel, G. C. & Ljung, G. M. (2015). Time Series Analysis, 5th ed., section 2.1.6
//     (sample autocorrelation r_k = Σ(eₜ − ē)(eₜ₊ₖ − ē)/Σ(eₜ − ē)² and its approximate ±1.96/√n bounds).
public static class SeriesResiduals
{
    /// <summary>Durbin-Watson and the autocorrelations up to <paramref name="maxLag"/> of each series, ordered by key (ordinal).</summary>
    /// <param name="series">Series key of each row.</param>
    /// <param name="dates">Day of each row (orders the residuals within a series; gaps such as stock-out days are skipped).</param>
    /// <param name="residuals">Residual of each row.</param>
    /// <param name="maxLag">Largest lag K ≥ 1; each series needs more than K residuals.</param>
    /// <returns>One summary per series.</returns>
    public static IReadOnlyList<SeriesResidualSummary> BySeries(
        IReadOnlyList<string> series,
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<double> residuals,
        int maxLag
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(residuals);
        if (dates.Count != series.Count || residuals.Count != series.Count)
        {
            throw new ArgumentException("Series keys, dates and residuals need one entry per row.", nameof(residuals));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxLag, 1);
        return Enumerable
            .Range(0, series.Count)
            .GroupBy(i => series[i])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var e = g.OrderBy(i => dates[i]).Select(i => residuals[i]).ToArray();
                if (e.Length <= maxLag)
                {
                    throw new ArgumentException($"Series '{g.Key}' has {e.Length} residuals, too few for lag {maxLag}.", nameof(maxLag));
                }

                return new SeriesResidualSummary(g.Key, e.Length, SerialCorrelation.DurbinWatson(e), Autocorrelations(e, maxLag));
            })
            .ToArray();
    }

    /// <summary>The sample autocorrelations r₁ … r_K of <paramref name="values"/> (mean removed, biased denominator).</summary>
    /// <param name="values">A series in time order, more than <paramref name="maxLag"/> values, not constant.</param>
    /// <param name="maxLag">Largest lag K ≥ 1.</param>
    /// <returns>K autocorrelations.</returns>
    public static double[] Autocorrelations(IReadOnlyList<double> values, int maxLag)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLag, 1);
        if (values.Count <= maxLag)
        {
            throw new ArgumentException($"Need more than {maxLag} values; got {values.Count}.", nameof(values));
        }

        var mean = values.Average();
        var centred = values.Select(v => v - mean).ToArray();
        var variance = centred.Sum(v => v * v);
        if (variance == 0)
        {
            throw new ArgumentException("Autocorrelations of a constant series are undefined.", nameof(values));
        }

        return Enumerable
            .Range(1, maxLag)
            .Select(k => Enumerable.Range(0, centred.Length - k).Sum(t => centred[t] * centred[t + k]) / variance)
            .ToArray();
    }
}
