using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// Coefficient inference with a heteroscedasticity-consistent covariance matrix, as statsmodels'
/// <c>get_robustcov_results(cov_type)</c> or R's <c>coeftest(fit, vcovHC(fit, type))</c> report it.
/// </summary>
public sealed record RobustInference
{
    private readonly double[,] _covariance;

    internal RobustInference(
        HeteroscedasticityConsistentType type,
        ReferenceDistribution distribution,
        IReadOnlyList<CoefficientEstimate> coefficients,
        double[,] covariance,
        double waldStatistic,
        int waldDegreesOfFreedom,
        double waldPValue
    )
    {
        Type = type;
        Distribution = distribution;
        Coefficients = coefficients;
        _covariance = covariance;
        WaldStatistic = waldStatistic;
        WaldDegreesOfFreedom = waldDegreesOfFreedom;
        WaldPValue = waldPValue;
    }

    /// <summary>The estimator.</summary>
    public HeteroscedasticityConsistentType Type { get; }

    /// <summary>The distribution behind statistics, p-values and intervals of <see cref="Coefficients"/>.</summary>
    public ReferenceDistribution Distribution { get; }

    /// <summary>The coefficient table with robust standard errors; aliased rows are NaN.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>
    /// Robust Wald test that all coefficients except the intercept are zero, in F form
    /// W = bₛᵀVₛ⁻¹bₛ / q (statsmodels' robust <c>fvalue</c>); NaN when there is nothing to test.
    /// </summary>
    public double WaldStatistic { get; }

    /// <summary>Number q of restrictions in the Wald test.</summary>
    public int WaldDegreesOfFreedom { get; }

    /// <summary>P(F(q, n − rank) ≥ W), the reference statsmodels' <c>f_test</c> uses whatever <c>use_t</c> is.</summary>
    public double WaldPValue { get; }

    /// <summary>The robust covariance matrix; rows and columns of aliased coefficients are NaN.</summary>
    /// <returns>A new p×p matrix.</returns>
    public Matrix<double> GetCovarianceMatrix() => Matrix<double>.Build.DenseOfArray(_covariance);
}
