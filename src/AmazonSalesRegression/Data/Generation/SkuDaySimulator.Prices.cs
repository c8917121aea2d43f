using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

internal sealed partial class SkuDaySimulator
{
#pragma warning disable IDE0370 // the analyzer misses that the field is read before a partial initialiser runs
    private Xoshiro256StarStar _promotionRng = null!;
    private Xoshiro256StarStar _competitorRng = null!;
#pragma warning restore IDE0370
    private int[] _dealDepthPercent = [];
    private long _listCents;
    private int _nextListChange;
    private int _promotionDaysLeft;
    private int _promotionDepthPercent;
    private double _competitorMultiple;

    private void InitialisePrices(ulong seed)
    {
        _listCents = _sku.InitialListCents;
        _promotionRng = RandomStreams.For(seed, RandomStream.Promotions, _sku.Key);
        _competitorRng = RandomStreams.For(seed, RandomStream.Competitor, _sku.Key);
        var competitor = _truth.Competitor;
        _competitorMultiple = _competitorRng.NextUniform(competitor.InitialMin, competitor.InitialMax);

        var promotions = _truth.Promotions;
        var dealRng = RandomStreams.For(seed, RandomStream.EventDeals, _sku.Key);
        _dealDepthPercent = new int[_calendar.DealEventCount];
        for (var e = 0; e < _dealDepthPercent.Length; e++)
        {
            var joins = dealRng.NextBernoulli(promotions.EventParticipation);
            var depth = promotions.EventDepthsPercent[dealRng.NextInt(promotions.EventDepthsPercent.Count)];
            _dealDepthPercent[e] = joins ? depth : 0;
        }
    }

    /// <summary>List price (with scheduled changes), discount (promotion or deeper event deal) and competitor price.</summary>
    private DayPrices NextPrices(int d, DateOnly date, bool holiday)
    {
        while (_nextListChange < _sku.ListPriceChanges.Count && _sku.ListPriceChanges[_nextListChange].Date <= date)
        {
            _listCents = _sku.ListPriceChanges[_nextListChange].Cents;
            _nextListChange++;
        }

        var percent = NextPromotionPercent(holiday);
        if (_calendar.DealEvent[d] >= 0)
        {
            percent = Math.Max(percent, _dealDepthPercent[_calendar.DealEvent[d]]);
        }

        var discountCents = ((_listCents * percent) + 50) / 100;
        return new DayPrices(_listCents, _listCents - discountCents, NextCompetitorCents());
    }

    private int NextPromotionPercent(bool holiday)
    {
        var promotions = _truth.Promotions;
        if (_promotionDaysLeft == 0)
        {
            var startProbability = holiday ? promotions.HolidayStartProbability : promotions.StartProbability;
            if (_promotionRng.NextBernoulli(startProbability))
            {
                _promotionDaysLeft = promotions.MinDays + _promotionRng.NextInt(promotions.MaxDays - promotions.MinDays + 1);
                _promotionDepthPercent = promotions.DepthsPercent[_promotionRng.NextInt(promotions.DepthsPercent.Count)];
            }
        }

        if (_promotionDaysLeft == 0)
        {
            return 0;
        }

        _promotionDaysLeft--;
        return _promotionDepthPercent;
    }

    /// <summary>Reflected Gaussian random walk of the competitor's multiple of list price.</summary>
    private long NextCompetitorCents()
    {
        var competitor = _truth.Competitor;
        var m = _competitorMultiple + (competitor.StepSd * _competitorRng.NextNormal());
        if (m > competitor.Upper)
        {
            m = (2.0 * competitor.Upper) - m;
        }
        else if (m < competitor.Lower)
        {
            m = (2.0 * competitor.Lower) - m;
        }

        _competitorMultiple = m;
        return (long)Math.Round(m * _listCents);
    }
}
