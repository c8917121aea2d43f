namespace AmazonSalesRegression.Data.Generation;

/// <summary>Simulates each SKU's in-stock chain and lists its stock-out episodes.</summary>
internal static class StockOutProcess
{
    /// <summary>In-stock flags per day: a two-state Markov chain that starts in stock.</summary>
    public static bool[] Simulate(ulong seed, int key, int days)
    {
        var (stockOut, restock, _) = TrueParameters.StockOut;
        var rng = RandomStreams.For(seed, RandomStream.StockOut, key);
        var inStock = new bool[days];
        inStock[0] = true;
        for (var d = 1; d < days; d++)
        {
            inStock[d] = inStock[d - 1] ? !rng.NextBernoulli(stockOut) : rng.NextBernoulli(restock);
        }

        return inStock;
    }

    /// <summary>The runs of out-of-stock days as episodes.</summary>
    public static IEnumerable<StockOutEpisode> Episodes(string sku, DateOnly start, bool[] inStock)
    {
        var d = 0;
        while (d < inStock.Length)
        {
            if (inStock[d])
            {
                d++;
                continue;
            }

            var first = d;
            while (d < inStock.Length && !inStock[d])
            {
                d++;
            }

            yield return new StockOutEpisode(sku, start.AddDays(first), start.AddDays(d - 1));
        }
    }
}
