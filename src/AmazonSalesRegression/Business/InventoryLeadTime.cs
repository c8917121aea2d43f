namespace AmazonSalesRegression.Business;

/// <summary>
/// Demand over a replenishment lead time, the sum of independent daily log-normal forecasts, with the log-normal
/// distribution that matches its first two moments (Fenton–Wilkinson).
/// </summary>
/// <remarks>
/// Day d's demand is D_d ~ LogNormal(m_d, s_d²) (the log-linear model's prediction m_d and its prediction standard error
/// s_d on the log scale). The lead-time demand L = Σ D_d has mean Σ exp(m_d + s_d²/2) and, for independent days,
/// variance Σ exp(2m_d + s_d²)·(exp(s_d²) − 1). The sum of log-normals is not log-normal, but the log-normal with the
/// same mean and variance, ln L ~ N(μ, σ²) with σ² = ln(1 + Var/Mean²) and μ = ln Mean − σ²/2, is an accurate
/// approximation for the right tail that a reorder point needs.
/// </remarks>
/// <param name="Days">Number of days in the lead time.</param>
/// <param name="Mean">Expected lead-time demand in units.</param>
/// <param name="StandardDeviation">Standard deviation of the lead-time demand in units (the forecast error σ_L).</param>
/// <param name="LogLocation">μ of the moment-matched log-normal.</param>
/// <param name="LogScale">σ of the moment-matched log-normal.</param>
// References:
//   Fenton, L. F. (1960). The sum of log-normal probability distributions in scatter transmission systems. IRE
//     Transactions on Communications Systems 8(1), 57–67.
//   Silver, E. A., Pyke, D. F. & Thomas, D. J. (2017). Inventory and Production Management in Supply Chains, 4th ed.
//     CRC Press, ch. 6 (demand over the replenishment lead time).
public sealed record InventoryLeadTime(int Days, double Mean, double StandardDeviation, double LogLocation, double LogScale)
{
    /// <summary>The median lead-time demand of the moment-matched log-normal, exp(μ): below the mean, demand is right-skewed.</summary>
    public double Median => Math.Exp(LogLocation);

    /// <summary>Sums daily log-normal forecasts into lead-time demand.</summary>
    /// <param name="logMeans">m_d: the predicted mean of log(units) for each day of the lead time.</param>
    /// <param name="logStandardDeviations">s_d: the prediction standard error of log(units) for each day (≥ 0).</param>
    /// <returns>The lead-time demand.</returns>
    /// <exception cref="ArgumentException">The spans are empty, differ in length, or hold a negative or non-finite value.</exception>
    public static InventoryLeadTime FromLogForecasts(ReadOnlySpan<double> logMeans, ReadOnlySpan<double> logStandardDeviations)
    {
        if (logMeans.IsEmpty || logMeans.Length != logStandardDeviations.Length)
        {
            throw new ArgumentException(
                $"Give one log standard deviation per day; got {logMeans.Length} means and {logStandardDeviations.Length} deviations.",
                nameof(logStandardDeviations)
            );
        }

        var (mean, variance) = (0.0, 0.0);
        for (var d = 0; d < logMeans.Length; d++)
        {
            var (m, s) = (logMeans[d], logStandardDeviations[d]);
            if (!double.IsFinite(m) || !double.IsFinite(s) || s < 0)
            {
                throw new ArgumentException($"Day {d} has log mean {m} and log standard deviation {s}; both must be finite, s ≥ 0.");
            }

            mean += Math.Exp(m + s * s / 2);
            variance += Math.Exp(2 * m + s * s) * (Math.Exp(s * s) - 1);
        }

        var logVariance = Math.Log(1 + variance / (mean * mean));
        return new InventoryLeadTime(logMeans.Length, mean, Math.Sqrt(variance), Math.Log(mean) - logVariance / 2, Math.Sqrt(logVariance));
    }
}
