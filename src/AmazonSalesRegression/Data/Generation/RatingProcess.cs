using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>One SKU's shown rating: its base rating plus an AR(1) drift that starts at 0.</summary>
internal sealed class RatingProcess
{
    private readonly double _baseRating;
    private readonly ReputationTruth _reputation;
    private readonly Xoshiro256StarStar _rng;
    private double _drift;

    public RatingProcess(ulong seed, SkuSetup sku, GroundTruth truth)
    {
        _baseRating = sku.Truth.BaseRating;
        _reputation = truth.Reputation;
        _rng = RandomStreams.For(seed, RandomStream.Rating, sku.Key);
    }

    /// <summary>The next day's rating in tenths of a star, clipped to [1, 5].</summary>
    public int NextTenths()
    {
        _drift = (_reputation.RatingArCoefficient * _drift) + (_reputation.RatingInnovationSd * _rng.NextNormal());
        var tenths = (int)Math.Round(10.0 * (_baseRating + _drift));
        return Math.Clamp(tenths, 10, 50);
    }
}
