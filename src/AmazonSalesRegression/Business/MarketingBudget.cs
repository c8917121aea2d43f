namespace AmazonSalesRegression.Business;

/// <summary>
/// Splits a fixed advertising budget across channels with concave responses bₖ·ln(1 + xₖ/hₖ).
/// </summary>
/// <remarks>
/// Objective: maximize Σₖ bₖ·ln(1 + xₖ/hₖ) subject to Σₖ xₖ = B and xₖ ≥ 0. With log units linear in these terms,
/// this maximizes expected units (and revenue at fixed prices) for the budget. The objective is concave, so the KKT
/// conditions characterize the optimum: every funded channel has the same marginal return bₖ/(hₖ + xₖ) = λ and every
/// unfunded channel has bₖ/hₖ ≤ λ. Algorithm: water-filling. Sort the channels by their first-dollar return bₖ/hₖ;
/// for the m best, λ = Σ bₖ / (B + Σ hₖ) and xₖ = bₖ/λ − hₖ; take the largest m for which every xₖ ≥ 0. Exact, O(K log K).
/// </remarks>
// References:
//   Boyd, S. & Vandenberghe, L. (2004). Convex Optimization, Cambridge University Press, §5.5.3 (water-filling).
//   Hanssens, D. M., Parsons, L. J. & Schultz, R. L. (2001). Market Response Models, 2nd ed., ch. 9 (budget allocation).
public static class MarketingBudget
{
    /// <summary>The split of <paramref name="budget"/> that maximizes the total log lift.</summary>
    /// <param name="channels">Channels with bₖ &gt; 0 and hₖ &gt; 0.</param>
    /// <param name="budget">The daily budget B ≥ 0, USD.</param>
    /// <exception cref="ArgumentException">No channel, or a coefficient or half-saturation is not positive, or the budget is negative.</exception>
    public static MarketingAllocation Allocate(IReadOnlyList<MarketingChannel> channels, double budget)
    {
        Validate(channels);
        if (!(budget >= 0) || !double.IsFinite(budget))
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "The budget must be a finite number ≥ 0.");
        }

        var order = Enumerable
            .Range(0, channels.Count)
            .OrderByDescending(k => channels[k].Coefficient / channels[k].HalfSaturation)
            .ToArray();
        var spends = new double[channels.Count];
        var lambda = channels[order[0]].Coefficient / channels[order[0]].HalfSaturation;
        for (var m = order.Length; m >= 1; m--)
        {
            var active = order[..m];
            var candidate = active.Sum(k => channels[k].Coefficient) / (budget + active.Sum(k => channels[k].HalfSaturation));
            if (active.All(k => channels[k].Coefficient / candidate - channels[k].HalfSaturation >= 0))
            {
                lambda = candidate;
                Array.Clear(spends);
                foreach (var k in active)
                {
                    spends[k] = channels[k].Coefficient / lambda - channels[k].HalfSaturation;
                }

                break;
            }
        }

        return new MarketingAllocation(channels, spends, LogLift(channels, spends), lambda);
    }

    /// <summary>The current split as an allocation (its marginal return is that of the best channel at the margin).</summary>
    /// <param name="channels">The channels.</param>
    /// <param name="spends">Current daily spend per channel, USD.</param>
    public static MarketingAllocation Describe(IReadOnlyList<MarketingChannel> channels, IReadOnlyList<double> spends)
    {
        Validate(channels);
        ArgumentNullException.ThrowIfNull(spends);
        if (spends.Count != channels.Count)
        {
            throw new ArgumentException($"Expected {channels.Count} spends, one per channel; got {spends.Count}.", nameof(spends));
        }

        var marginal = Enumerable.Range(0, channels.Count).Max(k => channels[k].MarginalLogLift(spends[k]));
        return new MarketingAllocation(channels, [.. spends], LogLift(channels, spends), marginal);
    }

    /// <summary>
    /// Moves the current total spend to the optimal split and predicts the revenue at unchanged prices:
    /// revenue·exp(log lift_optimal − log lift_current).
    /// </summary>
    /// <param name="channels">The estimated channel responses.</param>
    /// <param name="currentSpends">Current daily spend per channel, USD.</param>
    /// <param name="currentRevenue">Daily revenue at the current split, USD.</param>
    public static MarketingReallocation Reallocate(
        IReadOnlyList<MarketingChannel> channels,
        IReadOnlyList<double> currentSpends,
        double currentRevenue
    )
    {
        var current = Describe(channels, currentSpends);
        var optimal = Allocate(channels, current.Budget);
        return new MarketingReallocation(current, optimal, currentRevenue, currentRevenue * Math.Exp(optimal.LogLift - current.LogLift));
    }

    private static double LogLift(IReadOnlyList<MarketingChannel> channels, IReadOnlyList<double> spends) =>
        Enumerable.Range(0, channels.Count).Sum(k => channels[k].LogLift(spends[k]));

    private static void Validate(IReadOnlyList<MarketingChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            throw new ArgumentException("At least one channel is needed.", nameof(channels));
        }

        foreach (var c in channels)
        {
            if (!(c.Coefficient > 0) || !(c.HalfSaturation > 0))
            {
                throw new ArgumentException(
                    $"Channel '{c.Name}' has b = {c.Coefficient} and h = {c.HalfSaturation}; the allocation needs b > 0 and h > 0 "
                        + "(a channel with b ≤ 0 should get no budget: leave it out).",
                    nameof(channels)
                );
            }
        }
    }
}
