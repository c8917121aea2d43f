using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// One SKU's daily ad budget B, an AR(1) deviation around a level that follows the SKU, the season and the events
/// (so it is confounded with demand), split into the channels with independent log-normal share noise.
/// </summary>
internal sealed class AdBudgetProcess
{
    private readonly double _baseBudget;
    private readonly AdBudgetTruth _budget;
    private readonly IReadOnlyList<AdChannelTruth> _channels;
    private readonly Xoshiro256StarStar _rng;
    private double _deviation;

    /// <summary>Starts the deviation at a draw from its stationary distribution.</summary>
    public AdBudgetProcess(ulong seed, SkuSetup sku, GroundTruth truth)
    {
        _baseBudget = sku.Truth.BaseAdBudget;
        _budget = truth.AdBudget;
        _channels = truth.AdChannels;
        _rng = RandomStreams.For(seed, RandomStream.AdBudget, sku.Key);
        var stationarySd = _budget.InnovationSd / Math.Sqrt(1.0 - (_budget.ArCoefficient * _budget.ArCoefficient));
        _deviation = stationarySd * _rng.NextNormal();
    }

    /// <summary>The next day's spend per channel, in cents, in <see cref="GroundTruth.AdChannels"/> order.</summary>
    public long[] NextSpendCents(double seasonal, bool dealEvent, bool holiday)
    {
        _deviation = (_budget.ArCoefficient * _deviation) + (_budget.InnovationSd * _rng.NextNormal());
        var logBudget =
            DeterministicMath.Log(_baseBudget)
            + (_budget.SeasonalityLoading * seasonal)
            + (dealEvent ? _budget.EventBoost : 0.0)
            + (holiday ? _budget.HolidayBoost : 0.0)
            + _deviation;
        var total = DeterministicMath.Exp(logBudget);

        var cents = new long[_channels.Count];
        for (var k = 0; k < cents.Length; k++)
        {
            var channel = _channels[k];
            var share = channel.BudgetShare * DeterministicMath.Exp(channel.ShareNoiseSd * _rng.NextNormal());
            cents[k] = (long)Math.Round(total * share * 100.0);
        }

        return cents;
    }
}
