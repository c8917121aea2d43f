using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

internal sealed partial class SkuDaySimulator
{
    /// <summary>log μ, the median of log demand, from the observed drivers (the equation in <see cref="DgpDefaults.DemandEquation"/>).</summary>
    private double LogMedianDemand(DayInputs day)
    {
        var demand = _truth.Demand;
        var logPrice = DeterministicMath.Log(day.Prices.SellingCents / 100.0);
        var logCompetitor = DeterministicMath.Log(day.Prices.CompetitorCents / 100.0);

        var advertising = 0.0;
        for (var k = 0; k < _truth.AdChannels.Count; k++)
        {
            var channel = _truth.AdChannels[k];
            advertising += channel.Coefficient * DeterministicMath.Log(1.0 + (day.AdCents[k] / 100.0 / channel.HalfSaturation));
        }

        var events =
            (day.PrimeDay ? demand.PrimeDayLift + (demand.PrimeDayElasticityShift * logPrice) : 0.0)
            + (day.Bfcm ? demand.BlackFridayCyberMondayLift : 0.0)
            + (day.Holiday ? demand.HolidaySeasonLift : 0.0);

        return _sku.Truth.BaseLevel
            + (_sku.Category.Elasticity * logPrice)
            + (demand.CompetitorCrossElasticity * logCompetitor)
            + advertising
            + _terms.Weekday[day.Day]
            + _terms.Seasonal[day.Day]
            + (demand.TrendPerYear * _terms.Years[day.Day])
            + events
            + (demand.RatingEffect * ((day.RatingTenths / 10.0) - demand.RatingCentre))
            + (_sku.Truth.Fulfilment == "FBA" ? demand.FbaEffect : 0.0);
    }

    /// <summary>σ = σ_cat, times the FBM multiplier for FBM SKUs and the event multiplier on Prime Day and BFCM.</summary>
    private double NoiseSd(DayInputs day)
    {
        var demand = _truth.Demand;
        var sd = _sku.Category.NoiseSd;
        if (_sku.Truth.Fulfilment == "FBM")
        {
            sd *= demand.FbmNoiseMultiplier;
        }

        if (day.PrimeDay || day.Bfcm)
        {
            sd *= demand.EventNoiseMultiplier;
        }

        return sd;
    }

    /// <summary>
    /// Units (rounded demand when in stock; a random fraction of it, rounded down, when out of stock), with an
    /// injected outlier's factor applied, and the traffic that the day's demand brought.
    /// </summary>
    private (int Units, int Sessions, int PageViews) Outcomes(int d, DateOnly date, double demand)
    {
        var salesDemand = demand;
        var trafficDemand = demand;
        if (_outliers.TryGetValue(date, out var outlier))
        {
            salesDemand *= outlier.Factor;
            if (outlier.Reason == OutlierTruth.ViralMention)
            {
                trafficDemand *= outlier.Factor;
            }
        }

        var units = _inStock[d]
            ? Math.Floor(salesDemand + 0.5)
            : Math.Floor(salesDemand * _demandRng.NextUniform(0.0, _truth.StockOuts.MaxCensoredFraction));

        var traffic = _truth.Traffic;
        var conversion = _sku.Category.ConversionRate * DeterministicMath.Exp(traffic.ConversionNoiseSd * _trafficRng.NextNormal());
        var sessions = Math.Round(trafficDemand / conversion);
        var pageViews = Math.Round(sessions * _trafficRng.NextUniform(traffic.PageViewsPerSessionMin, traffic.PageViewsPerSessionMax));
        return ((int)units, (int)sessions, (int)pageViews);
    }
}
