using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

internal sealed partial class SkuDaySimulator
{
#pragma warning disable IDE0370 // the analyzer misses that the field is read before a partial initialiser runs
    private Xoshiro256StarStar _ratingRng = null!;
#pragma warning restore IDE0370
    private double _ratingDrift;

    private void InitialiseRating(ulong seed)
    {
        _ratingRng = RandomStreams.For(seed, RandomStream.Rating, _sku.Key);
        _ratingDrift = 0.0;
    }

    /// <summary>Base rating plus an AR(1) drift, in tenths of a star, clipped to [1, 5].</summary>
    private int NextRatingTenths()
    {
        var reputation = _truth.Reputation;
        _ratingDrift = (reputation.RatingArCoefficient * _ratingDrift) + (reputation.RatingInnovationSd * _ratingRng.NextNormal());
        var tenths = (int)Math.Round(10.0 * (_sku.Truth.BaseRating + _ratingDrift));
        return Math.Clamp(tenths, 10, 50);
    }
}
