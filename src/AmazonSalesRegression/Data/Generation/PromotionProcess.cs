using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>One SKU's own promotions: runs of a few days at one discount depth, started at random (more often in the holiday season).</summary>
internal sealed class PromotionProcess
{
    private readonly PromotionTruth _promotions;
    private readonly Xoshiro256StarStar _rng;
    private int _daysLeft;
    private int _depthPercent;

    public PromotionProcess(ulong seed, SkuSetup sku, GroundTruth truth)
    {
        _promotions = truth.Promotions;
        _rng = RandomStreams.For(seed, RandomStream.Promotions, sku.Key);
    }

    /// <summary>The next day's promotion discount in percent of list price (0 when none runs).</summary>
    public int NextPercent(bool holiday)
    {
        if (_daysLeft == 0)
        {
            var startProbability = holiday ? _promotions.HolidayStartProbability : _promotions.StartProbability;
            if (_rng.NextBernoulli(startProbability))
            {
                _daysLeft = _promotions.MinDays + _rng.NextInt(_promotions.MaxDays - _promotions.MinDays + 1);
                _depthPercent = _promotions.DepthsPercent[_rng.NextInt(_promotions.DepthsPercent.Count)];
            }
        }

        if (_daysLeft == 0)
        {
            return 0;
        }

        _daysLeft--;
        return _depthPercent;
    }
}
