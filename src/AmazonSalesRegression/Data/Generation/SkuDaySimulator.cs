using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Simulates one SKU day by day: prices, advertising, rating, demand, censoring, traffic and money columns.
/// Each process draws from its own random stream (<see cref="RandomStream"/>).
/// </summary>
internal sealed partial class SkuDaySimulator
{
    private readonly SkuSetup _sku;
    private readonly GroundTruth _truth;
    private readonly EventCalendar _calendar;
    private readonly DemandTerms _terms;
    private readonly bool[] _inStock;
    private readonly Dictionary<DateOnly, OutlierTruth> _outliers;
    private readonly Xoshiro256StarStar _demandRng;
    private readonly Xoshiro256StarStar _trafficRng;
    private readonly long[] _cumulativeUnits;

    public SkuDaySimulator(ulong seed, SkuSetup sku, GroundTruth truth, EventCalendar calendar, DemandTerms terms, bool[] inStock)
    {
        _sku = sku;
        _truth = truth;
        _calendar = calendar;
        _terms = terms;
        _inStock = inStock;
        _outliers = truth.Outliers.Where(o => o.Sku == sku.Truth.Sku).ToDictionary(o => o.Date);
        _demandRng = RandomStreams.For(seed, RandomStream.Demand, sku.Key);
        _trafficRng = RandomStreams.For(seed, RandomStream.Traffic, sku.Key);
        _cumulativeUnits = new long[calendar.Days];
        InitialisePrices(seed);
        InitialiseAdvertising(seed);
        InitialiseRating(seed);
    }

    /// <summary>All rows of this SKU, in date order.</summary>
    public SalesRecord[] Run()
    {
        var rows = new SalesRecord[_calendar.Days];
        for (var d = 0; d < rows.Length; d++)
        {
            rows[d] = SimulateDay(d);
        }

        return rows;
    }

    private SalesRecord SimulateDay(int d)
    {
        var date = _calendar.Start.AddDays(d);
        var (prime, bfcm, holiday) = (_calendar.PrimeDay[d], _calendar.Bfcm[d], _calendar.Holiday[d]);
        var seasonal = _terms.Seasonal[d];

        var prices = NextPrices(d, date, holiday);
        var adCents = NextAdSpendCents(seasonal, prime || bfcm, holiday);
        var ratingTenths = NextRatingTenths();

        var day = new DayInputs(d, prime, bfcm, holiday, prices, adCents, ratingTenths);
        var demand = DeterministicMath.Exp(LogMedianDemand(day) + (NoiseSd(day) * _demandRng.NextNormal()));
        var (units, sessions, pageViews) = Outcomes(d, date, demand);

        _cumulativeUnits[d] = (d > 0 ? _cumulativeUnits[d - 1] : 0) + units;
        var lagDay = d - _truth.Reputation.ReviewLagDays;
        var reviewsEarned = lagDay >= 0 ? Math.Floor(_truth.Reputation.ReviewRate * _cumulativeUnits[lagDay]) : 0.0;

        var revenueCents = units * prices.SellingCents;
        var feeBasisPoints = (long)Math.Round(_sku.Category.ReferralFeeRate * 10_000);
        var feeCents = ((revenueCents * feeBasisPoints) + 5_000) / 10_000;

        return new SalesRecord(
            date,
            _sku.Truth.Sku,
            _sku.Category.Name,
            _sku.Truth.Fulfilment,
            prices.ListCents / 100.0,
            prices.SellingCents / 100.0,
            (prices.ListCents - prices.SellingCents) / 100.0,
            prices.CompetitorCents / 100.0,
            adCents[0] / 100.0,
            adCents[1] / 100.0,
            adCents[2] / 100.0,
            sessions,
            pageViews,
            ratingTenths / 10.0,
            _sku.Truth.InitialReviewCount + (int)reviewsEarned,
            _inStock[d],
            prime,
            bfcm,
            holiday,
            units,
            revenueCents / 100.0,
            feeCents / 100.0
        );
    }
}
