namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Generates the synthetic Amazon marketplace sales data set from a documented data-generating process with known
/// true parameters (see <c>data/README.md</c>), so that a regression's estimates can be checked against the truth.
/// </summary>
/// <remarks>
/// The output depends only on <see cref="GeneratorOptions"/>: every random number comes from
/// <see cref="Numerics.Xoshiro256StarStar"/> streams derived from the seed, every transcendental function from
/// <see cref="Numerics.DeterministicMath"/>, and all money is computed in integer cents. The same options therefore give
/// the same rows, bit for bit, on every operating system and processor.
/// </remarks>
public static class SalesDataGenerator
{
    /// <summary>Generates the rows and the truth for <paramref name="options"/>.</summary>
    /// <param name="options">Seed, date range and sizes.</param>
    /// <returns>Rows ordered by date, then SKU id (ordinal), and the truth behind them.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static GeneratedSalesData Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var calendar = EventCalendar.Build(options.StartDate, options.EndDate);
        var skus = SkuCatalog.Create(options);
        var inStock = skus.Select(sku => StockOutProcess.Simulate(options.Seed, sku.Key, calendar.Days)).ToList();
        var truth = BuildTruth(options, calendar, skus, inStock);

        var terms = new DemandTerms(truth.Demand, options.StartDate, calendar.Days);
        var perSku = skus.Select((sku, i) => new SkuDaySimulator(options.Seed, sku, truth, calendar, terms, inStock[i]).Run()).ToList();
        var order = Enumerable.Range(0, skus.Count).OrderBy(i => skus[i].Truth.Sku, StringComparer.Ordinal).ToArray();
        var records = new SalesRecord[calendar.Days * skus.Count];
        for (var d = 0; d < calendar.Days; d++)
        {
            for (var j = 0; j < order.Length; j++)
            {
                records[(d * order.Length) + j] = perSku[order[j]][d];
            }
        }

        return new GeneratedSalesData(records, truth);
    }

    /// <summary>Generates the data set with the default options (the course data set).</summary>
    /// <returns>Rows and truth of the course data set.</returns>
    public static GeneratedSalesData Generate() => Generate(new GeneratorOptions());

    /// <summary>The truth behind the data set for <paramref name="options"/> (generates the data set to find it).</summary>
    /// <param name="options">Seed, date range and sizes.</param>
    /// <returns>The true parameters and realised episodes.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static GroundTruth Truth(GeneratorOptions options) => Generate(options).Truth;

    private static GroundTruth BuildTruth(GeneratorOptions options, EventCalendar calendar, List<SkuSetup> skus, List<bool[]> inStock)
    {
        var (stockOut, restock, maxFraction) = TrueParameters.StockOut;
        var episodes = skus.SelectMany((sku, i) => StockOutProcess.Episodes(sku.Truth.Sku, options.StartDate, inStock[i]))
            .OrderBy(e => e.Sku, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .ToArray();
        var outliers = OutlierSelector.Select(options, skus, inStock, calendar.Days);

        return new GroundTruth(
            options.Seed,
            options.StartDate,
            options.EndDate,
            options.SkusPerCategory,
            TrueParameters.DemandEquation,
            TrueParameters.Categories,
            TrueParameters.Demand,
            TrueParameters.AdChannels,
            TrueParameters.AdBudget,
            TrueParameters.Promotions,
            TrueParameters.ListPrices,
            TrueParameters.Competitor,
            new StockOutTruth(stockOut, restock, maxFraction, episodes),
            TrueParameters.Reputation,
            TrueParameters.Traffic,
            calendar.Periods,
            skus.Select(s => s.Truth).OrderBy(s => s.Sku, StringComparer.Ordinal).ToArray(),
            outliers
        );
    }
}
