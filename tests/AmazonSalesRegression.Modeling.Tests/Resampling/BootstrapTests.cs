using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Numerics;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Resampling;

namespace AmazonSalesRegression.Modeling.Tests.Resampling;

public sealed class BootstrapTests
{
    private static double[] Normal(int n, double sigma, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        return Enumerable.Range(0, n).Select(_ => 10 + sigma * random.NextNormal()).ToArray();
    }

    private static Func<IReadOnlyList<int>, double> MeanOf(double[] x) => rows => rows.Average(i => x[i]);

    [Fact]
    public void The_bootstrap_standard_error_of_a_mean_is_the_plug_in_sigma_over_root_n()
    {
        // Given
        var x = Normal(400, 2.0, 11);
        var mean = x.Average();
        var plugIn = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length) / Math.Sqrt(x.Length);

        // When
        var result = Bootstrap.Rows(x.Length, MeanOf(x), new BootstrapOptions { Replicates = 4000, Seed = 3 });

        // Then: Monte-Carlo error of a standard deviation from B = 4000 draws is about 1/√(2B) ≈ 1.1 %
        Assert.Equal(mean, result.Estimate, 12);
        Assert.InRange(result.StandardError / plugIn, 0.95, 1.05);
        Assert.InRange(result.StandardError / (2.0 / Math.Sqrt(400)), 0.85, 1.15);
    }

    [Fact]
    public void The_same_seed_gives_the_same_replicates_and_another_seed_different_ones()
    {
        // Given
        var x = Normal(50, 1.0, 5);
        var options = new BootstrapOptions { Replicates = 200, Seed = 42 };

        // When
        var first = Bootstrap.Rows(x.Length, MeanOf(x), options);
        var second = Bootstrap.Rows(x.Length, MeanOf(x), options);
        var other = Bootstrap.Rows(x.Length, MeanOf(x), options with { Seed = 43 });

        // Then
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
        Assert.Equal(first, second with { Values = first.Values });
        Assert.NotEqual(first.Values.ToArray(), other.Values.ToArray());
        Assert.Equal(42UL, first.Seed);
        Assert.Equal(200, first.Replicates);
    }

    [Fact]
    public void The_percentile_and_basic_intervals_of_a_median_contain_the_estimate_and_mirror_each_other()
    {
        // Given
        var x = Normal(201, 3.0, 8);
        double Median(IReadOnlyList<int> rows) => MathNet.Numerics.Statistics.Statistics.Median(rows.Select(i => x[i]));

        // When
        var result = Bootstrap.Rows(
            x.Length,
            Median,
            new BootstrapOptions
            {
                Replicates = 1000,
                Seed = 9,
                Level = 0.9,
            }
        );

        // Then
        Assert.InRange(result.Estimate, result.PercentileLower, result.PercentileUpper);
        Assert.InRange(result.Estimate, result.BasicLower, result.BasicUpper);
        Assert.Equal(result.PercentileUpper - result.Estimate, result.Estimate - result.BasicLower, 12);
        Assert.Equal(0.9, result.Level);
        Assert.Null(result.Clusters);
    }

    [Fact]
    public void Cluster_resampling_passes_whole_clusters_and_draws_as_many_clusters_as_there_are()
    {
        // Given: 6 clusters of sizes 1 … 6, the rows of each interleaved with the others
        var labels = Enumerable
            .Range(0, 6)
            .SelectMany(round => Enumerable.Range(1, 6).Where(size => round < size).Select(size => $"c{size}"))
            .ToArray();
        var rowsOf = labels.Select((l, i) => (l, i)).GroupBy(p => p.l).ToDictionary(g => g.Key, g => g.Select(p => p.i).ToArray());
        var samples = new List<int[]>();

        // When
        var result = Bootstrap.Clusters(
            labels,
            rows =>
            {
                samples.Add([.. rows]);
                return rows.Count;
            },
            new BootstrapOptions { Replicates = 50, Seed = 1 }
        );

        // Then: every sample is a concatenation of 6 whole clusters, each in its original row order
        Assert.Equal(6, result.Clusters);
        foreach (var sample in samples.Skip(1))
        {
            var drawn = 0;
            for (var at = 0; at < sample.Length; drawn++)
            {
                var block = rowsOf[labels[sample[at]]];
                Assert.Equal(block, sample.Skip(at).Take(block.Length));
                at += block.Length;
            }

            Assert.Equal(6, drawn);
        }

        Assert.True(result.StandardError > 0, "the number of rows varies with the clusters drawn");
    }

    [Fact]
    public void Bootstrapping_a_table_fits_a_formula_per_replicate_and_the_SKU_bootstrap_is_wider_on_a_panel()
    {
        // Given: 20 SKUs × 30 days, price fixed per SKU, a SKU effect in the error
        var random = new Xoshiro256StarStar(77);
        var (sku, price, y) = (new string[600], new double[600], new double[600]);
        for (var s = 0; s < 20; s++)
        {
            var (p, effect) = (random.NextUniform(1, 3), random.NextNormal());
            for (var d = 0; d < 30; d++)
            {
                var i = (s * 30) + d;
                (sku[i], price[i]) = ($"S{s}", p + random.NextUniform(-0.01, 0.01));
                y[i] = 4 - price[i] + effect + (0.2 * random.NextNormal());
            }
        }

        var data = new TabularData("panel.csv", 600).Add("y", y).Add("price", price).Add("sku", sku);
        double Slope(ITabularData t) => Ols.Fit("y ~ price", t).Coefficients[1].Estimate;
        var options = new BootstrapOptions { Replicates = 200, Seed = 5 };

        // When
        var rows = Bootstrap.Table(data, Slope, options);
        var clusters = Bootstrap.Table(data, Slope, options, clusterColumn: "sku");

        // Then
        Assert.Equal(Slope(data), rows.Estimate);
        Assert.Equal(rows.Estimate, clusters.Estimate);
        Assert.True(
            clusters.StandardError > 3 * rows.StandardError,
            $"SKU bootstrap {clusters.StandardError} vs rows {rows.StandardError}"
        );
    }

    [Fact]
    public void A_statistic_that_is_not_finite_on_a_replicate_names_the_replicate()
    {
        // Given
        var calls = 0;

        // When
        var error = Assert.Throws<ArgumentException>(() => Bootstrap.Rows(10, _ => ++calls == 3 ? double.NaN : 1.0));

        // Then
        Assert.Contains("replicate 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_text_cluster_column_is_rejected_with_the_columns_listed()
    {
        // Given
        var data = new TabularData("d.csv", 3).Add("x", [1.0, 2.0, 3.0]);

        // When
        var error = Assert.Throws<ArgumentException>(() => Bootstrap.Table(data, t => 0, clusterColumn: "sku"));

        // Then
        Assert.Contains("'sku' must be a text column; columns: x", error.Message, StringComparison.Ordinal);
    }
}
