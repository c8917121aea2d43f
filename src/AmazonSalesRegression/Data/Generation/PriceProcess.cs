namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// One SKU's daily prices: the list price with its scheduled changes, the discount (its own promotion or, when deeper,
/// its deal in a deal event) and the competitor's price.
/// </summary>
internal sealed class PriceProcess
{
    private readonly IReadOnlyList<(DateOnly Date, long Cents)> _listPriceChanges;
    private readonly EventCalendar _calendar;
    private readonly PromotionProcess _promotion;
    private readonly CompetitorPriceProcess _competitor;
    private readonly int[] _dealDepthPercent;
    private long _listCents;
    private int _nextListChange;

    /// <summary>Draws, once, whether the SKU joins each deal event and at which depth.</summary>
    public PriceProcess(ulong seed, SkuSetup sku, GroundTruth truth, EventCalendar calendar)
    {
        _listPriceChanges = sku.ListPriceChanges;
        _calendar = calendar;
        _listCents = sku.InitialListCents;
        _promotion = new PromotionProcess(seed, sku, truth);
        _competitor = new CompetitorPriceProcess(seed, sku, truth);

        var promotions = truth.Promotions;
        var dealRng = RandomStreams.For(seed, RandomStream.EventDeals, sku.Key);
        _dealDepthPercent = new int[calendar.DealEventCount];
        for (var e = 0; e < _dealDepthPercent.Length; e++)
        {
            var joins = dealRng.NextBernoulli(promotions.EventParticipation);
            var depth = promotions.EventDepthsPercent[dealRng.NextInt(promotions.EventDepthsPercent.Count)];
            _dealDepthPercent[e] = joins ? depth : 0;
        }
    }

    /// <summary>The prices of day <paramref name="d"/> (<paramref name="date"/>); call once per day, in date order.</summary>
    public DayPrices Next(int d, DateOnly date, bool holiday)
    {
        while (_nextListChange < _listPriceChanges.Count && _listPriceChanges[_nextListChange].Date <= date)
        {
            _listCents = _listPriceChanges[_nextListChange].Cents;
            _nextListChange++;
        }

        var percent = _promotion.NextPercent(holiday);
        if (_calendar.DealEvent[d] >= 0)
        {
            percent = Math.Max(percent, _dealDepthPercent[_calendar.DealEvent[d]]);
        }

        var discountCents = ((_listCents * percent) + 50) / 100;
        return new DayPrices(_listCents, _listCents - discountCents, _competitor.NextCents(_listCents));
    }
}
