namespace AmazonSalesRegression.Regression.Summary;

/// <summary>Summaries whose coefficient table comes from a robust or cluster-robust inference.</summary>
public sealed partial class OlsSummary
{
    /// <summary>The summary of <paramref name="fit"/> with the coefficient table of a heteroscedasticity-consistent inference, z or t as it was computed.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="robust">Its robust inference, e.g. <c>fit.GetRobustInference(HeteroscedasticityConsistentType.HC3)</c>.</param>
    public OlsSummary(OlsResult fit, RobustInference robust)
        : this(
            fit,
            robust?.Type.ToString() ?? throw new ArgumentNullException(nameof(robust)),
            robust.Coefficients,
            robust.Distribution,
            (robust.WaldStatistic, robust.WaldPValue),
            $"Standard Errors are heteroscedasticity robust ({robust.Type}); tests use {DistributionText(robust.Distribution, fit?.DegreesOfFreedomResidual ?? 0)}."
        ) { }

    /// <summary>The summary of <paramref name="fit"/> with the coefficient table of a cluster-robust inference.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="cluster">Its cluster-robust inference.</param>
    public OlsSummary(OlsResult fit, ClusterRobustInference cluster)
        : this(
            fit,
            "cluster",
            cluster?.Coefficients ?? throw new ArgumentNullException(nameof(cluster)),
            cluster.Distribution,
            (cluster.WaldStatistic, cluster.WaldPValue),
            $"Standard Errors are robust to cluster correlation ({cluster.ClusterCount} groups, small-sample correction {Number.General(cluster.Correction, 6)}); tests use {DistributionText(cluster.Distribution, cluster.DegreesOfFreedom)}."
        ) { }

    private OlsSummary(
        OlsResult fit,
        string covarianceType,
        IReadOnlyList<CoefficientEstimate> coefficients,
        ReferenceDistribution distribution,
        (double Value, double PValue) fTest,
        string note
    )
    {
        ArgumentNullException.ThrowIfNull(fit);
        Fit = fit;
        CovarianceType = covarianceType;
        Coefficients = coefficients;
        StatisticName = distribution == ReferenceDistribution.Normal ? "z" : "t";
        FTest = fTest;
        CovarianceNote = note;
        Diagnostics = fit.GetResidualDiagnostics();
    }

    private static string DistributionText(ReferenceDistribution distribution, int degreesOfFreedom) =>
        distribution == ReferenceDistribution.Normal
            ? "the normal distribution"
            : $"Student's t with {degreesOfFreedom.ToString(Number.Culture)} degrees of freedom";
}
