namespace AmazonSalesRegression.Business;

/// <summary>A split of a daily budget across channels and what it buys.</summary>
/// <param name="Channels">The channels, in the order of <paramref name="Spends"/>.</param>
/// <param name="Spends">Daily spend per channel, USD.</param>
/// <param name="LogLift">Σₖ bₖ·ln(1 + spendₖ/hₖ): the total lift in log units.</param>
/// <param name="MarginalLogLift">
/// The common marginal return λ = bₖ/(hₖ + spendₖ) of every funded channel (for an optimal split; unfunded channels
/// have bₖ/hₖ ≤ λ).
/// </param>
public sealed record MarketingAllocation(
    IReadOnlyList<MarketingChannel> Channels,
    IReadOnlyList<double> Spends,
    double LogLift,
    double MarginalLogLift
)
{
    /// <summary>The total daily spend, USD.</summary>
    public double Budget => Spends.Sum();

    /// <summary>The spend on the channel named <paramref name="name"/>.</summary>
    /// <param name="name">Channel name.</param>
    /// <exception cref="KeyNotFoundException">No channel has that name.</exception>
    public double SpendOn(string name)
    {
        for (var k = 0; k < Channels.Count; k++)
        {
            if (Channels[k].Name == name)
            {
                return Spends[k];
            }
        }

        throw new KeyNotFoundException($"No channel named '{name}'.");
    }
}
