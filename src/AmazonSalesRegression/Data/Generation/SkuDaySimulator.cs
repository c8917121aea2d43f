namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Simulates one SKU day by day: prices, advertising, rating, demand, censoring, traffic and money columns.
/// Each process is its own class with its own random stream (<see cref="RandomStream"/>); the simulator composes them
/// and adds the outliers, the review count and the money columns.
/// </summary>
internal sealed class SkuDaySimulator
{
    private readonly SkuSetup _sku;
    private readonly ReputationTruth _reputation;
    private readonly EventCalendar _calendar;
    private readonly DemandTerms _terms;
    private readonly bool[] _inStock;
    private readonly Dictionary<DateOnly, OutlierTruth> _outliers;
    private readonly PriceProcess _prices;
    private readonly AdBudgetProcess _adBudget;
    private readonly RatingProcess _rating;
    private readonly DemandProcess _demand;
    private readonly TrafficProcess _traffic;
    private readonly long[] _cumulativeUnits;

    public SkuDaySimulator(ulong seed, SkuSetup sku, GroundTruth truth, EventCalendar calendar, DemandTerms terms, bool[] inStock)
    {
        _sku = sku;
        _reputation = truth.Reputation;
        _calendar = calendar;
        _terms = terms;
        _inStock = inStock;
        _outliers = truth.Outliers.Where(o => o.Sku == sku.Truth.Sku).ToDictionary(o => o.Date);
        _demand = new DemandProcess(seed, sku, truth, terms);
        _traffic = new TrafficProcess(seed, sku, truth);
        _cumulativeUnits = new long[calendar.Days];
        _prices = new PriceProcess(seed, sku, truth, calendar);
        _adBudget = new AdBudgetProcess(seed, sku, truth);
        _rating = new RatingProcess(seed, sku, truth);
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

        var prices = _prices.Next(d, date, holiday);
        var adCents = _adBudget.NextSpendCents(seasonal, prime || bfcm, holiday);
        var ratingTenths = _rating.NextTenths();

        var day = new DayInputs(d, prime, bfcm, holiday, prices, adCents, ratingTenths);
        var demand = _demand.Next(day);
        var (salesDemand, trafficDemand) = WithOutlier(date, demand);
        var units = _demand.Units(_inStock[d], salesDemand);
        var (sessions, pageViews) = _traffic.Next(trafficDemand);

        _cumulativeUnits[d] = (d > 0 ? _cumulativeUnits[d - 1] : 0) + units;
        var lagDay = d - _reputation.ReviewLagDays;
        var reviewsEarned = lagDay >= 0 ? Math.Floor(_reputation.ReviewRate * _cumulativeUnits[lagDay]) : 0.0;

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

    /// <summary>
    /// The demand behind the day's sales and behind its traffic: an injected outlier's factor multiplies the sales,
    /// and the traffic too when the outlier is a viral mention.
    /// </summary>
    private (double Sales, double Traffic) WithOutlier(DateOnly date, double demand)
    {
        if (!_outliers.TryGetValue(date, out var outlier))
        {
            return (demand, demand);
        }

        return (demand * outlier.Factor, outlier.Reason == OutlierTruth.ViralMention ? demand * outlier.Factor : demand);
    }
}
