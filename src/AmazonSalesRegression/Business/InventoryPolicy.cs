using System.Globalization;

namespace AmazonSalesRegression.Business;

/// <summary>
/// Safety stock and reorder points of a continuous-review (s, Q) policy at a cycle service level: the probability
/// that demand over the lead time does not exceed the reorder point, so that a replenishment cycle ends without a
/// stock-out.
/// </summary>
/// <remarks>
/// <para><b>Normal rule</b> (the textbook formula): safety stock SS = z·σ_L and reorder point s = E[L] + SS, with z the
/// standard normal quantile of the service level (1.645 at 95 %) and σ_L the standard deviation of lead-time demand
/// (σ_d·√L for L independent days of equal spread σ_d).</para>
/// <para><b>Log-normal rule</b>: s = exp(μ + z·σ), the service-level quantile of the moment-matched log-normal
/// (<see cref="InventoryLeadTime"/>); SS = s − E[L]. Demand is right-skewed, so the normal rule places the quantile too
/// low when σ_L is large relative to E[L] and under-delivers the service level it promises.</para>
/// <para><b>Days of cover</b>: the rule of thumb "reorder at k days of average sales", s = k·(average daily sales); its
/// implied safety stock is s minus the expected lead-time demand, whatever the forecast error.</para>
/// </remarks>
// References:
//   Silver, E. A., Pyke, D. F. & Thomas, D. J. (2017). Inventory and Production Management in Supply Chains, 4th ed.
//     CRC Press, ch. 6 (safety stock at a cycle service level, the (s, Q) system).
//   Axsäter, S. (2015). Inventory Control, 3rd ed. Springer, section 5.3 (reorder points with normal lead-time demand).
public static class InventoryPolicy
{
    /// <summary>The safety factor z: the standard normal quantile of <paramref name="serviceLevel"/> (1.645 at 0.95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The service level is not in (0.5, 1).</exception>
    public static double SafetyFactor(double serviceLevel)
    {
        if (!(serviceLevel > 0.5 && serviceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(serviceLevel), $"The service level must be in (0.5, 1); got {serviceLevel}.");
        }

        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, serviceLevel);
    }

    /// <summary>The normal rule: SS = z·σ_L, reorder point E[L] + SS.</summary>
    /// <param name="demand">Lead-time demand.</param>
    /// <param name="serviceLevel">Cycle service level, e.g. 0.95.</param>
    /// <returns>The reorder point.</returns>
    public static InventoryTarget Normal(InventoryLeadTime demand, double serviceLevel)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new InventoryTarget(Rule("normal", serviceLevel), demand.Mean, SafetyFactor(serviceLevel) * demand.StandardDeviation);
    }

    /// <summary>The log-normal rule: reorder point exp(μ + z·σ), SS = reorder point − E[L].</summary>
    /// <param name="demand">Lead-time demand.</param>
    /// <param name="serviceLevel">Cycle service level, e.g. 0.95.</param>
    /// <returns>The reorder point.</returns>
    public static InventoryTarget LogNormal(InventoryLeadTime demand, double serviceLevel)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var point = Math.Exp(demand.LogLocation + SafetyFactor(serviceLevel) * demand.LogScale);
        return new InventoryTarget(Rule("log-normal", serviceLevel), demand.Mean, point - demand.Mean);
    }

    /// <summary>The rule of thumb: reorder at <paramref name="coverDays"/> days of average sales.</summary>
    /// <param name="averageDailySales">Average units sold per day.</param>
    /// <param name="coverDays">Days of sales the reorder point covers, e.g. 14.</param>
    /// <param name="leadTimeDays">Lead time in days; the expected demand is the average over it.</param>
    /// <returns>The reorder point (its safety stock may be negative when the cover is shorter than the lead time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static InventoryTarget DaysOfCover(double averageDailySales, double coverDays, double leadTimeDays)
    {
        foreach (
            var (value, name) in new[]
            {
                (averageDailySales, "averageDailySales"),
                (coverDays, "coverDays"),
                (leadTimeDays, "leadTimeDays"),
            }
        )
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, $"{name} must be a finite value ≥ 0; got {value}.");
            }
        }

        var expected = averageDailySales * leadTimeDays;
        return new InventoryTarget(
            string.Create(CultureInfo.InvariantCulture, $"{coverDays:0.#} days of cover"),
            expected,
            averageDailySales * coverDays - expected
        );
    }

    private static string Rule(string name, double level) => string.Create(CultureInfo.InvariantCulture, $"{name}, {level:0.#%}");
}
