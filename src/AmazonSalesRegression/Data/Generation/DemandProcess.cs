using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// One SKU's daily demand D, log-normal around the median μ of the log-demand equation, and the units it turns into
/// (all of it when in stock, a random fraction when out of stock).
/// </summary>
internal sealed class DemandProcess
{
    private readonly SkuSetup _sku;
    private readonly DemandTruth _demand;
    private readonly IReadOnlyList<AdChannelTruth> _channels;
    private readonly double _maxCensoredFraction;
    private readonly DemandTerms _terms;
    private readonly Xoshiro256StarStar _rng;

    public DemandProcess(ulong seed, SkuSetup sku, GroundTruth truth, DemandTerms terms)
    {
        _sku = sku;
        _demand = truth.Demand;
        _channels = truth.AdChannels;
        _maxCensoredFraction = truth.StockOuts.MaxCensoredFraction;
        _terms = terms;
        _rng = RandomStreams.For(seed, RandomStream.Demand, sku.Key);
    }

    /// <summary>The day's demand D = exp(log μ + σ·z).</summary>
    public double Next(DayInputs day) => DeterministicMath.Exp(LogMedianDemand(day) + (NoiseSd(day) * _rng.NextNormal()));

    /// <summary>Units sold: rounded demand when in stock; a random fraction of it, rounded down, when out of stock.</summary>
    public int Units(bool inStock, double demand) =>
        (int)(inStock ? Math.Floor(demand + 0.5) : Math.Floor(demand * _rng.NextUniform(0.0, _maxCensoredFraction)));

    /// <summary>log μ, the median of log demand, from the observed drivers (the equation in <see cref="TrueParameters.DemandEquation"/>).</summary>
    private double LogMedianDemand(DayInputs day)
    {
        var logPrice = DeterministicMath.Log(day.Prices.SellingCents / 100.0);
        var logCompetitor = DeterministicMath.Log(day.Prices.CompetitorCents / 100.0);

        var advertising = 0.0;
        for (var k = 0; k < _channels.Count; k++)
        {
            var channel = _channels[k];
            advertising += channel.Coefficient * DeterministicMath.Log(1.0 + (day.AdCents[k] / 100.0 / channel.HalfSaturation));
        }

        var events =
            (day.PrimeDay ? _demand.PrimeDayLift + (_demand.PrimeDayElasticityShift * logPrice) : 0.0)
            + (day.Bfcm ? _demand.BlackFridayCyberMondayLift : 0.0)
            + (day.Holiday ? _demand.HolidaySeasonLift : 0.0);

        return _sku.Truth.BaseLevel
            + (_sku.Category.Elasticity * logPrice)
            + (_demand.CompetitorCrossElasticity * logCompetitor)
            + advertising
            + _terms.Weekday[day.Day]
            + _terms.Seasonal[day.Day]
            + (_demand.TrendPerYear * _terms.Years[day.Day])
            + events
            + (_demand.RatingEffect * ((day.RatingTenths / 10.0) - _demand.RatingCentre))
            + (_sku.Truth.Fulfilment == "FBA" ? _demand.FbaEffect : 0.0);
    }

    /// <summary>σ = σ_cat, times the FBM multiplier for FBM SKUs and the event multiplier on Prime Day and BFCM.</summary>
    private double NoiseSd(DayInputs day)
    {
        var sd = _sku.Category.NoiseSd;
        if (_sku.Truth.Fulfilment == "FBM")
        {
            sd *= _demand.FbmNoiseMultiplier;
        }

        if (day.PrimeDay || day.Bfcm)
        {
            sd *= _demand.EventNoiseMultiplier;
        }

        return sd;
    }
}
