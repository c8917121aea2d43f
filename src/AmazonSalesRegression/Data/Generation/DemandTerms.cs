using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The calendar terms of the log-demand equation for each day of the data (trend time t, yearly seasonality s(t) and
/// weekday effect), computed once and shared by all SKUs.
/// </summary>
internal sealed class DemandTerms
{
    private const double TwoPi = 2.0 * Math.PI;

    public DemandTerms(DemandTruth demand, DateOnly start, int days)
    {
        Years = new double[days];
        Seasonal = new double[days];
        Weekday = new double[days];
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            Years[d] = YearsSinceOrigin(demand, date);
            Seasonal[d] = SeasonalTerm(demand, Years[d]);
            Weekday[d] = demand.WeekdayEffects.First(effect => effect.Day == date.DayOfWeek).Effect;
        }
    }

    /// <summary>t per day.</summary>
    public double[] Years { get; }

    /// <summary>s(t) per day.</summary>
    public double[] Seasonal { get; }

    /// <summary>Day-of-week effect per day.</summary>
    public double[] Weekday { get; }

    /// <summary>t: years since the time origin, (days since origin) / period.</summary>
    private static double YearsSinceOrigin(DemandTruth demand, DateOnly date) =>
        (date.DayNumber - demand.TimeOrigin.DayNumber) / demand.SeasonalPeriodDays;

    /// <summary>s(t) = Σⱼ sⱼ·sin(2πj·t) + cⱼ·cos(2πj·t).</summary>
    private static double SeasonalTerm(DemandTruth demand, double years)
    {
        var sum = 0.0;
        foreach (var term in demand.Seasonality)
        {
            var angle = TwoPi * term.Harmonic * years;
            sum += (term.SinCoefficient * DeterministicMath.Sin(angle)) + (term.CosCoefficient * DeterministicMath.Cos(angle));
        }

        return sum;
    }
}
