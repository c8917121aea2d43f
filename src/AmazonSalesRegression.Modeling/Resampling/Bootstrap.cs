using System.Runtime.InteropServices;
using AmazonSalesRegression.Numerics;
using MathNet.Numerics.Statistics;

namespace AmazonSalesRegression.Resampling;

/// <summary>
/// The nonparametric bootstrap: the standard error and confidence intervals of any statistic, from B resamples of
/// the data drawn with replacement. Resample single rows when rows are independent, or whole clusters (the block
/// bootstrap, e.g. every day of a SKU together) when rows within a cluster are correlated.
/// </summary>
/// <remarks>
/// Resamples are drawn by <see cref="Xoshiro256StarStar"/> seeded with <see cref="BootstrapOptions.Seed"/> (one
/// <c>NextInt(n)</c> per drawn row or cluster, replicate after replicate), so a seed gives the same result on every
/// platform. The statistic is called once on the original rows and then once per replicate, sequentially; the index
/// list it gets is reused between replicates, so copy it if you keep it.
/// </remarks>
// References:
//   B. Efron, R. J. Tibshirani, An Introduction to the Bootstrap, Chapman & Hall (1993), chapters 6 (standard errors),
//     13 (percentile interval) and 14.
//   A. C. Davison, D. V. Hinkley, Bootstrap Methods and their Application, Cambridge (1997), §5.2 (basic interval)
//     and §3.8 (resampling clusters).
//   G. James, D. Witten, T. Hastie, R. Tibshirani, J. Taylor, An Introduction to Statistical Learning with
//     Applications in Python (ISLP), Springer (2023), §5.2.
public static partial class Bootstrap
{
    /// <summary>Bootstraps a statistic of row indices by resampling single rows.</summary>
    /// <param name="rowCount">Number of rows n; each replicate draws n row indices with replacement.</param>
    /// <param name="statistic">Computes the statistic from a list of row indices (rows may repeat); it gets 0 … n − 1 for the estimate.</param>
    /// <param name="options">Replicates, seed and level; defaults when null.</param>
    /// <returns>The estimate, bootstrap standard error and intervals.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 rows or replicates, a level outside (0, 1), or a replicate whose statistic is not finite.</exception>
    public static BootstrapResult Rows(int rowCount, Func<IReadOnlyList<int>, double> statistic, BootstrapOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 2);
        var singles = Enumerable.Range(0, rowCount).Select(i => new[] { i }).ToArray();
        return Run(singles, statistic, options ?? new BootstrapOptions(), clustered: false);
    }

    /// <summary>
    /// Bootstraps a statistic of row indices by resampling whole clusters (the cluster or block bootstrap): each
    /// replicate draws G clusters with replacement and passes all the rows of every drawn cluster, cluster after
    /// cluster, each in its original order.
    /// </summary>
    /// <typeparam name="TCluster">The label type, e.g. a SKU string.</typeparam>
    /// <param name="clusters">The cluster label of every row.</param>
    /// <param name="statistic">Computes the statistic from a list of row indices; it gets 0 … n − 1 for the estimate.</param>
    /// <param name="options">Replicates, seed and level; defaults when null.</param>
    /// <returns>The estimate, bootstrap standard error and intervals, with <see cref="BootstrapResult.Clusters"/> = G.</returns>
    /// <exception cref="ArgumentException">A label is null, there are fewer than 2 clusters, or a replicate's statistic is not finite.</exception>
    public static BootstrapResult Clusters<TCluster>(
        IReadOnlyList<TCluster> clusters,
        Func<IReadOnlyList<int>, double> statistic,
        BootstrapOptions? options = null
    )
        where TCluster : notnull
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var members = new Dictionary<TCluster, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var label = clusters[i] ?? throw new ArgumentException($"Row {i} has no cluster label.", nameof(clusters));
            if (!members.TryGetValue(label, out var rows))
            {
                rows = [];
                members.Add(label, rows);
                order.Add(rows);
            }

            rows.Add(i);
        }

        if (order.Count < 2)
        {
            throw new ArgumentException("The cluster bootstrap needs at least two clusters.", nameof(clusters));
        }

        return Run(order.Select(r => r.ToArray()).ToArray(), statistic, options ?? new BootstrapOptions(), clustered: true);
    }

    private static BootstrapResult Run(int[][] units, Func<IReadOnlyList<int>, double> statistic, BootstrapOptions options, bool clustered)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicates, 2, nameof(options.Replicates));
        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.Level,
                "The confidence level must lie strictly between 0 and 1."
            );
        }

        var all = units.SelectMany(u => u).Order().ToArray();
        var estimate = Finite(statistic(all), "the original data");
        var random = new Xoshiro256StarStar(options.Seed);
        var values = new double[options.Replicates];
        var sample = new List<int>(all.Length);
        for (var b = 0; b < values.Length; b++)
        {
            sample.Clear();
            for (var u = 0; u < units.Length; u++)
            {
                sample.AddRange(units[random.NextInt(units.Length)]);
            }

            values[b] = Finite(statistic(sample), $"replicate {b + 1}");
        }

        return Summarize(estimate, values, options, clustered ? units.Length : null);
    }

    private static BootstrapResult Summarize(double estimate, double[] values, BootstrapOptions options, int? clusters)
    {
        var sorted = values.Order().ToArray();
        var alpha = 1 - options.Level;
        var low = SortedArrayStatistics.QuantileCustom(sorted, alpha / 2, QuantileDefinition.R7);
        var high = SortedArrayStatistics.QuantileCustom(sorted, 1 - (alpha / 2), QuantileDefinition.R7);
        return new BootstrapResult(
            estimate,
            values.StandardDeviation(),
            values.Mean() - estimate,
            low,
            high,
            (2 * estimate) - high,
            (2 * estimate) - low,
            options.Level,
            values.Length,
            options.Seed,
            clusters,
            ImmutableCollectionsMarshal.AsImmutableArray(values)
        );
    }

    private static double Finite(double value, string where) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentException(
                $"The statistic is {value} on {where}; the bootstrap needs a finite value on every resample (e.g. a coefficient that is aliased in a resample is NaN)."
            );
}
