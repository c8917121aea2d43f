using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

internal sealed partial class SkuDaySimulator
{
#pragma warning disable IDE0370 // the analyzer misses that the field is read before a partial initialiser runs
    private Xoshiro256StarStar _budgetRng = null!;
#pragma warning restore IDE0370
    private double _budgetDeviation;

    private void InitialiseAdvertising(ulong seed)
    {
        var budget = _truth.AdBudget;
        _budgetRng = RandomStreams.For(seed, RandomStream.AdBudget, _sku.Key);
        var stationarySd = budget.InnovationSd / Math.Sqrt(1.0 - (budget.ArCoefficient * budget.ArCoefficient));
        _budgetDeviation = stationarySd * _budgetRng.NextNormal();
    }

    /// <summary>
    /// The day's budget B (confounded: it follows the SKU's level, the season and the events) split into the
    /// channels with independent log-normal share noise, in cents.
    /// </summary>
    private long[] NextAdSpendCents(double seasonal, bool dealEvent, bool holiday)
    {
        var budget = _truth.AdBudget;
        _budgetDeviation = (budget.ArCoefficient * _budgetDeviation) + (budget.InnovationSd * _budgetRng.NextNormal());
        var logBudget =
            DeterministicMath.Log(_sku.Truth.BaseAdBudget)
            + (budget.SeasonalityLoading * seasonal)
            + (dealEvent ? budget.EventBoost : 0.0)
            + (holiday ? budget.HolidayBoost : 0.0)
            + _budgetDeviation;
        var total = DeterministicMath.Exp(logBudget);

        var cents = new long[_truth.AdChannels.Count];
        for (var k = 0; k < cents.Length; k++)
        {
            var channel = _truth.AdChannels[k];
            var share = channel.BudgetShare * DeterministicMath.Exp(channel.ShareNoiseSd * _budgetRng.NextNormal());
            cents[k] = (long)Math.Round(total * share * 100.0);
        }

        return cents;
    }
}
