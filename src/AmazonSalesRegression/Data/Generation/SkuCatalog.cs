using System.Globalization;
using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>Draws each SKU's fixed attributes and its list price history.</summary>
internal static class SkuCatalog
{
    public static List<SkuSetup> Create(GeneratorOptions options)
    {
        var skus = new List<SkuSetup>();
        var categories = TrueParameters.Categories;
        for (var c = 0; c < categories.Count; c++)
        {
            for (var number = 1; number <= options.SkusPerCategory; number++)
            {
                skus.Add(CreateSku(options, categories[c], (c * 1000) + number, number));
            }
        }

        return skus;
    }

    private static SkuSetup CreateSku(GeneratorOptions options, CategoryTruth category, int key, int number)
    {
        var rng = RandomStreams.For(options.Seed, RandomStream.SkuAttributes, key);
        var listCents = DollarsToCents(Math.Round(LogUniform(rng, category.ListPriceMin, category.ListPriceMax)));
        var fulfilment = rng.NextBernoulli(category.FbaShare) ? "FBA" : "FBM";
        var baseUnits = RoundToHundredths(LogUniform(rng, category.BaseUnitsMin, category.BaseUnitsMax));
        var reputation = TrueParameters.Reputation;
        var baseRating = RoundToHundredths(rng.NextUniform(reputation.BaseRatingMin, reputation.BaseRatingMax));
        var reviews = (int)
            Math.Round(
                DeterministicMath.Exp(
                    DeterministicMath.Log(reputation.InitialReviewMedian) + (reputation.InitialReviewLogSd * rng.NextNormal())
                )
            );

        var listPrice = listCents / 100.0;
        var theta = TrueParameters.Demand.CompetitorCrossElasticity;
        var baseLevel = DeterministicMath.Log(baseUnits) - ((category.Elasticity + theta) * DeterministicMath.Log(listPrice));
        var budget = RoundToHundredths(TrueParameters.AdBudget.Scale * Math.Sqrt(baseUnits * listPrice));

        var changes = ListPriceHistory(options, key, listCents);
        var truth = new SkuTruth(
            string.Create(CultureInfo.InvariantCulture, $"{category.SkuPrefix}-{number:D3}"),
            category.Name,
            fulfilment,
            baseUnits,
            baseLevel,
            listPrice,
            changes.Select(change => new ListPriceChange(change.Date, change.Cents / 100.0)).ToArray(),
            baseRating,
            reviews,
            budget
        );
        return new SkuSetup(truth, category, key, listCents, changes);
    }

    /// <summary>At most one change per calendar year, on a uniformly drawn day after the first day of the data.</summary>
    private static List<(DateOnly Date, long Cents)> ListPriceHistory(GeneratorOptions options, int key, long initialCents)
    {
        var rule = TrueParameters.ListPrices;
        var rng = RandomStreams.For(options.Seed, RandomStream.ListPrice, key);
        var changes = new List<(DateOnly Date, long Cents)>();
        var cents = initialCents;
        for (var year = options.StartDate.Year; year <= options.EndDate.Year; year++)
        {
            var changesThisYear = rng.NextBernoulli(rule.ChangeProbabilityPerYear);
            var date = new DateOnly(year, 1, 1).AddDays(rng.NextInt(DateTime.IsLeapYear(year) ? 366 : 365));
            var logChange = rng.NextUniform(-rule.MaxLogChange, rule.MaxLogChange);
            var newCents = DollarsToCents(Math.Round(((cents + 1) / 100.0) * DeterministicMath.Exp(logChange)));
            if (changesThisYear && date > options.StartDate && date <= options.EndDate && newCents != cents)
            {
                changes.Add((date, newCents));
                cents = newCents;
            }
        }

        return changes;
    }

    /// <summary>Whole dollars minus one cent (x.99), at least $0.99.</summary>
    private static long DollarsToCents(double dollars) => (Math.Max(1L, (long)dollars) * 100) - 1;

    private static double LogUniform(Xoshiro256StarStar rng, double low, double high) =>
        DeterministicMath.Exp(rng.NextUniform(DeterministicMath.Log(low), DeterministicMath.Log(high)));

    private static double RoundToHundredths(double value) => Math.Round(value * 100.0) / 100.0;
}
