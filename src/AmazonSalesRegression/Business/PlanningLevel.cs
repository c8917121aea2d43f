namespace AmazonSalesRegression.Business;

/// <summary>
/// Aggregates daily row-level forecasts to the level at which the business plans: units per week (Monday to Sunday)
/// and group (e.g. category). Sums of forecasts are forecasts of sums, so the daily model needs no refit; errors of
/// individual days and SKUs partly cancel in the sum, which is why planning-level accuracy is better than daily accuracy.
/// </summary>
public static class PlanningLevel
{
    /// <summary>The Monday on or before <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>The start of its Monday-to-Sunday week.</returns>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Sums actuals and forecasts per week and group, ordered by week and then group (ordinal).</summary>
    /// <param name="dates">Day of each row.</param>
    /// <param name="groups">Group of each row, e.g. its category.</param>
    /// <param name="actual">Actual value of each row.</param>
    /// <param name="forecast">Forecast of each row.</param>
    /// <param name="fullWeeksOnly">
    /// Whether to drop weeks in which the rows do not cover all seven days (the partial weeks at the ends of a period),
    /// whose totals are not comparable with full weeks.
    /// </param>
    /// <returns>One cell per week and group.</returns>
    /// <exception cref="ArgumentException">The inputs differ in length or hold a non-finite number.</exception>
    public static IReadOnlyList<PlanningCell> Weekly(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<string> groups,
        IReadOnlyList<double> actual,
        IReadOnlyList<double> forecast,
        bool fullWeeksOnly = true
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        var n = dates.Count;
        if (groups.Count != n || actual.Count != n || forecast.Count != n)
        {
            throw new ArgumentException("Dates, groups, actuals and forecasts need one entry per row.", nameof(forecast));
        }

        if (actual.Any(v => !double.IsFinite(v)) || forecast.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Actuals and forecasts must be finite.", nameof(forecast));
        }

        var fullWeeks = dates
            .Distinct()
            .GroupBy(WeekStart)
            .Where(week => !fullWeeksOnly || week.Count() == 7)
            .Select(week => week.Key)
            .ToHashSet();
        return Enumerable
            .Range(0, n)
            .Where(i => fullWeeks.Contains(WeekStart(dates[i])))
            .GroupBy(i => (Week: WeekStart(dates[i]), Group: groups[i]))
            .Select(cell => new PlanningCell(
                cell.Key.Week,
                cell.Key.Group,
                cell.Count(),
                cell.Sum(i => actual[i]),
                cell.Sum(i => forecast[i])
            ))
            .OrderBy(c => c.WeekStart)
            .ThenBy(c => c.Group, StringComparer.Ordinal)
            .ToArray();
    }
}
