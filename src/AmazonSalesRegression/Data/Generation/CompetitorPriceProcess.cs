using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>The competitor's price of one SKU: a reflected Gaussian random walk of its multiple of list price.</summary>
internal sealed class CompetitorPriceProcess
{
    private readonly CompetitorTruth _competitor;
    private readonly Xoshiro256StarStar _rng;
    private double _multiple;

    /// <summary>Starts the multiple at a uniform draw from the initial range.</summary>
    public CompetitorPriceProcess(ulong seed, SkuSetup sku, GroundTruth truth)
    {
        _competitor = truth.Competitor;
        _rng = RandomStreams.For(seed, RandomStream.Competitor, sku.Key);
        _multiple = _rng.NextUniform(_competitor.InitialMin, _competitor.InitialMax);
    }

    /// <summary>The next day's competitor price in cents, given the day's list price.</summary>
    public long NextCents(long listCents)
    {
        var m = _multiple + (_competitor.StepSd * _rng.NextNormal());
        if (m > _competitor.Upper)
        {
            m = (2.0 * _competitor.Upper) - m;
        }
        else if (m < _competitor.Lower)
        {
            m = (2.0 * _competitor.Lower) - m;
        }

        _multiple = m;
        return (long)Math.Round(m * listCents);
    }
}
