namespace AmazonSalesRegression.Data.Generation;

/// <summary>Chooses the SKU-days whose demand is multiplied: distinct, in stock, drawn uniformly.</summary>
internal static class OutlierSelector
{
    public static List<OutlierTruth> Select(GeneratorOptions options, IReadOnlyList<SkuSetup> skus, IReadOnlyList<bool[]> inStock, int days)
    {
        var rng = RandomStreams.For(options.Seed, RandomStream.Outliers, 0);
        var chosen = new HashSet<(int Day, int Sku)>();
        var outliers = new List<OutlierTruth>();
        var attemptsLeft = 100 * options.OutlierCount;
        while (outliers.Count < options.OutlierCount && attemptsLeft-- > 0)
        {
            var day = rng.NextInt(days);
            var sku = rng.NextInt(skus.Count);
            var viral = rng.NextBernoulli(0.5);
            var (min, max) = viral ? TrueParameters.ViralFactor : TrueParameters.BulkOrderFactor;
            var factor = Math.Round(rng.NextUniform(min, max) * 100.0) / 100.0;
            if (inStock[sku][day] && chosen.Add((day, sku)))
            {
                var reason = viral ? OutlierTruth.ViralMention : OutlierTruth.BulkOrder;
                outliers.Add(new OutlierTruth(options.StartDate.AddDays(day), skus[sku].Truth.Sku, factor, reason));
            }
        }

        return [.. outliers.OrderBy(o => o.Date).ThenBy(o => o.Sku, StringComparer.Ordinal)];
    }
}
