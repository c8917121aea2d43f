using System.Globalization;

namespace AmazonSalesRegression.Baselines;

/// <summary>
/// The seasonal naive forecast: each series' value one season earlier, here the same weekday last week for each SKU
/// (season = 7 days). It needs no model at all, so any model worth running must beat it.
/// </summary>
/// <remarks>
/// A day that is missing or unusable one season back (say, a stock-out, whose sales are censored) is looked up one
/// more season back, up to <c>maxSeasonsBack</c> seasons; when none is usable the forecast is NaN.
/// </remarks>
// References:
//   Hyndman, R. J. & Athanasopoulos, G. (2021). Forecasting: Principles and Practice, 3rd ed., section 5.2 (simple forecasting methods).
public static class SeasonalNaive
{
    /// <summary>Forecasts every row by the same series' value one season earlier.</summary>
    /// <param name="dates">Day of each row.</param>
    /// <param name="series">Series key of each row (e.g. the SKU); a key has at most one row per day.</param>
    /// <param name="values">Observed value of each row.</param>
    /// <param name="usable">Whether a row may serve as a forecast (e.g. it was in stock); all rows when null.</param>
    /// <param name="seasonDays">Season length in days (7 for weekly seasonality).</param>
    /// <param name="maxSeasonsBack">How many seasons back to look for a usable value (≥ 1).</param>
    /// <returns>One forecast per row, NaN when no usable value exists.</returns>
    /// <exception cref="ArgumentException">Inputs differ in length or a series has two rows on one day.</exception>
    public static double[] Forecast(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<string> series,
        IReadOnlyList<double> values,
        IReadOnlyList<bool>? usable = null,
        int seasonDays = 7,
        int maxSeasonsBack = 4
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(values);
        var n = dates.Count;
        if (series.Count != n || values.Count != n || (usable is not null && usable.Count != n))
        {
            throw new ArgumentException("Dates, series keys, values and usability need one entry per row.", nameof(values));
        }

        if (seasonDays < 1 || maxSeasonsBack < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(seasonDays), "The season and the look-back must be at least 1.");
        }

        var index = new Dictionary<(string, DateOnly), int>(n);
        for (var i = 0; i < n; i++)
        {
            if (!index.TryAdd((series[i], dates[i]), i))
            {
                throw new ArgumentException(
                    $"Series '{series[i]}' has two rows on {dates[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.",
                    nameof(series)
                );
            }
        }

        var forecast = new double[n];
        for (var i = 0; i < n; i++)
        {
            forecast[i] = double.NaN;
            for (var k = 1; k <= maxSeasonsBack; k++)
            {
                if (index.TryGetValue((series[i], dates[i].AddDays(-k * seasonDays)), out var past) && (usable?[past] ?? true))
                {
                    forecast[i] = values[past];
                    break;
                }
            }
        }

        return forecast;
    }
}
