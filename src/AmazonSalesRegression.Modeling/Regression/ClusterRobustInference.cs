using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// Coefficient inference with a one-way cluster-robust covariance matrix, as statsmodels'
/// <c>get_robustcov_results(cov_type="cluster", groups=…)</c> (or Stata's <c>vce(cluster …)</c>) reports it.
/// Rows in the same cluster (e.g. the days of one SKU) may be correlated in any way; rows in different clusters are
/// assumed independent. Built by <see cref="OlsResult.GetClusterRobustInference{TCluster}(IReadOnlyList{TCluster}, ReferenceDistribution, double, bool)"/>.
/// </summary>
public sealed record ClusterRobustInference
{
    private readonly double[,] _covariance;

    internal ClusterRobustInference(
        int clusterCount,
        double correction,
        ReferenceDistribution distribution,
        IReadOnlyList<CoefficientEstimate> coefficients,
        double[,] covariance,
        double waldStatistic,
        int waldDegreesOfFreedom,
        double waldPValue
    )
    {
        ClusterCount = clusterCount;
        Correction = correction;
        Distribution = distribution;
        Coefficients = coefficients;
        _covariance = covariance;
        WaldStatistic = waldStatistic;
        WaldDegreesOfFreedom = waldDegreesOfFreedom;
        WaldPValue = waldPValue;
    }

    /// <summary>Number of clusters G.</summary>
    public int ClusterCount { get; }

    /// <summary>
    /// The small-sample factor c = G/(G − 1)·(n − 1)/(n − rank) the sandwich was multiplied by (statsmodels'
    /// <c>use_correction=True</c>), or 1 when the correction was turned off.
    /// </summary>
    public double Correction { get; }

    /// <summary>
    /// The distribution behind statistics, p-values and intervals of <see cref="Coefficients"/>: Student t with
    /// <see cref="DegreesOfFreedom"/> = G − 1, or the standard normal.
    /// </summary>
    public ReferenceDistribution Distribution { get; }

    /// <summary>G − 1, the degrees of freedom of the t reference and of the Wald test's denominator (statsmodels' <c>df_resid_inference</c>).</summary>
    public int DegreesOfFreedom => ClusterCount - 1;

    /// <summary>The coefficient table with cluster-robust standard errors; aliased rows are NaN.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>Cluster-robust Wald test that all coefficients except the intercept are zero, in F form W = bₛᵀVₛ⁻¹bₛ / q; NaN when there is nothing to test, or when there are more than G − 1 slopes (their cluster covariance is then singular, as with SKU fixed effects clustered by SKU).</summary>
    public double WaldStatistic { get; }

    /// <summary>Number q of restrictions in the Wald test.</summary>
    public int WaldDegreesOfFreedom { get; }

    /// <summary>P(F(q, G − 1) ≥ W), statsmodels' <c>f_test</c> of a cluster fit with <c>use_t=True</c>.</summary>
    public double WaldPValue { get; }

    /// <summary>The cluster-robust covariance matrix; rows and columns of aliased coefficients are NaN.</summary>
    /// <returns>A new p×p matrix.</returns>
    public Matrix<double> GetCovarianceMatrix() => Matrix<double>.Build.DenseOfArray(_covariance);
}
