using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>One SKU's daily traffic: the sessions that bring the day's demand at a noisy conversion rate, and their page views.</summary>
internal sealed class TrafficProcess
{
    private readonly TrafficTruth _traffic;
    private readonly double _conversionRate;
    private readonly Xoshiro256StarStar _rng;

    public TrafficProcess(ulong seed, SkuSetup sku, GroundTruth truth)
    {
        _traffic = truth.Traffic;
        _conversionRate = sku.Category.ConversionRate;
        _rng = RandomStreams.For(seed, RandomStream.Traffic, sku.Key);
    }

    /// <summary>Sessions and page views of a day whose demand is <paramref name="demand"/>.</summary>
    public (int Sessions, int PageViews) Next(double demand)
    {
        var conversion = _conversionRate * DeterministicMath.Exp(_traffic.ConversionNoiseSd * _rng.NextNormal());
        var sessions = Math.Round(demand / conversion);
        var pageViews = Math.Round(sessions * _rng.NextUniform(_traffic.PageViewsPerSessionMin, _traffic.PageViewsPerSessionMax));
        return ((int)sessions, (int)pageViews);
    }
}
