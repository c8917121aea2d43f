namespace AmazonSalesRegression.Regression;

public sealed partial record OlsResult
{
    /// <summary>
    /// One-way cluster-robust inference V = c·(XᵀX)⁻¹(Σ_g X_gᵀe_g e_gᵀX_g)(XᵀX)⁻¹, computed as U·(Σ_g s_g s_gᵀ)·Uᵀ with
    /// U = S·R⁻¹ and s_g = Σ_{i∈g} eᵢqᵢ the residual-weighted rows of Q₁ summed per cluster (no n×n matrix is formed).
    /// Same estimator, correction and default reference distribution as statsmodels 0.13
    /// <c>fit().get_robustcov_results(cov_type="cluster", groups=g)</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Small-sample correction (statsmodels' default <c>use_correction=True</c>, Stata's): c = G/(G − 1)·(n − 1)/(n − k)
    /// with G clusters, n observations and k = rank (statsmodels counts every design column, which is the same unless
    /// a column is aliased).
    /// </para>
    /// <para>
    /// Reference distribution: by default Student t with G − 1 degrees of freedom, what statsmodels reports when
    /// <c>get_robustcov_results</c> is called on an ordinary fit (<c>use_t</c> is inherited as true and
    /// <c>df_correction</c> replaces n − k by G − 1). <see cref="ReferenceDistribution.Normal"/> gives what
    /// <c>ols(…).fit(cov_type="cluster", cov_kwds={"groups": g})</c> reports (<c>use_t=False</c>). With few clusters
    /// the t reference is the honest choice: the covariance is estimated from only G cluster sums.
    /// </para>
    /// </remarks>
    /// <typeparam name="TCluster">The label type, e.g. <see cref="string"/> (a SKU) or <see cref="int"/>.</typeparam>
    /// <param name="clusters">The cluster label of every observation, in the order of the fit's rows.</param>
    /// <param name="distribution">Reference distribution for statistics, p-values and intervals; default t with G − 1 df.</param>
    /// <param name="level">Coverage of the intervals; default 0.95.</param>
    /// <param name="smallSampleCorrection">Whether to apply the factor c; default <see langword="true"/> as statsmodels.</param>
    /// <returns>The cluster-robust coefficient table, covariance and Wald test.</returns>
    /// <exception cref="ArgumentException">
    /// The number of labels differs from the number of observations, a label is null (the message names the row), or
    /// all rows are in one cluster.
    /// </exception>
    // References:
    //   K.-Y. Liang, S. L. Zeger, "Longitudinal data analysis using generalized linear models", Biometrika 73(1)
    //     (1986) 13-22.
    //   A. C. Cameron, D. L. Miller, "A practitioner's guide to cluster-robust inference", J. Human Resources 50(2)
    //     (2015) 317-372 (the correction c and the t(G − 1) reference, sections II.C and VI).
    public ClusterRobustInference GetClusterRobustInference<TCluster>(
        IReadOnlyList<TCluster> clusters,
        ReferenceDistribution distribution = ReferenceDistribution.StudentT,
        double level = 0.95,
        bool smallSampleCorrection = true
    )
        where TCluster : notnull
    {
        var (index, count) = ClusterIndex(clusters);
        var sums = Solution.ThinQ().GroupedScoreSums(Residuals.AsSpan(), index, count);
        var r = Rank;
        var correction = smallSampleCorrection ? (double)count / (count - 1) * (Observations - 1.0) / DegreesOfFreedomResidual : 1.0;
        var meat = new double[r * r];
        for (var g = 0; g < count; g++)
        {
            for (var a = 0; a < r; a++)
            {
                for (var c = 0; c < r; c++)
                {
                    meat[a + (c * r)] += sums[(g * r) + a] * sums[(g * r) + c];
                }
            }
        }

        for (var j = 0; j < meat.Length; j++)
        {
            meat[j] *= correction;
        }

        var covariance = Sandwich(meat);
        var standardErrors = Enumerable.Range(0, Names.Count).Select(j => Math.Sqrt(covariance[j, j])).ToArray();
        var (wald, q) = WaldAllSlopes(covariance);
        if (q > count - 1)
        {
            // The cluster scores sum to zero (Xᵀû = 0), so the meat has rank at most G − 1: with more slopes than
            // that (e.g. SKU fixed effects clustered by SKU) their covariance is singular and the joint test undefined.
            wald = double.NaN;
        }

        var coefficients = CoefficientEstimate.Table(
            Names,
            Solution.Coefficients.AsSpan(),
            standardErrors,
            Solution.IsAliased.AsSpan(),
            distribution,
            count - 1,
            level
        );
        return new ClusterRobustInference(
            count,
            correction,
            distribution,
            coefficients,
            covariance,
            wald,
            q,
            ReferenceTails.FUpper(wald, q, count - 1)
        );
    }

    private (int[] Index, int Count) ClusterIndex<TCluster>(IReadOnlyList<TCluster> clusters)
        where TCluster : notnull
    {
        ArgumentNullException.ThrowIfNull(clusters);
        if (clusters.Count != Observations)
        {
            throw new ArgumentException(
                $"Got {clusters.Count} cluster labels; the fit has {Observations} observations (one label per row the fit used).",
                nameof(clusters)
            );
        }

        var codes = new Dictionary<TCluster, int>();
        var index = new int[clusters.Count];
        for (var i = 0; i < index.Length; i++)
        {
            var label = clusters[i] ?? throw new ArgumentException($"Row {i} has no cluster label.", nameof(clusters));
            if (!codes.TryGetValue(label, out var code))
            {
                code = codes.Count;
                codes.Add(label, code);
            }

            index[i] = code;
        }

        if (codes.Count < 2)
        {
            throw new ArgumentException(
                $"All {Observations} rows are in one cluster ('{clusters[0]}'); cluster-robust inference needs at least two clusters.",
                nameof(clusters)
            );
        }

        return (index, codes.Count);
    }
}
