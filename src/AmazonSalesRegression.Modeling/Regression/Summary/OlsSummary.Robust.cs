using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Regression.Summary;

/// <summary>Summaries whose coefficient table comes from a robust or cluster-robust inference.</summary>
public sealed partial class OlsSummary
{
    /// <summary>The summary of <paramref name="fit"/> with the coefficient table of a heteroscedasticity-consistent inference, z or t as it was computed.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="robust">Its robust inference, e.g. <c>fit.GetRobustInference(HeteroscedasticityConsistentType.HC3)</c>.</param>
    public OlsSummary(OlsResult fit, RobustInference robust)
        : this(SummaryModel.Of(fit), fit.GetResidualDiagnostics(), robust) { }

    /// <summary>The summary of a fit given by its facts and diagnostics (e.g. a streaming fit), with a heteroscedasticity-consistent coefficient table.</summary>
    /// <param name="model">The model-level facts.</param>
    /// <param name="diagnostics">The residual diagnostics.</param>
    /// <param name="robust">The robust inference.</param>
    public OlsSummary(SummaryModel model, ResidualDiagnostics diagnostics, RobustInference robust)
        : this(
            model,
            diagnostics,
            robust?.Type.ToString() ?? throw new ArgumentNullException(nameof(robust)),
            robust.Coefficients,
            robust.Distribution,
            (robust.WaldStatistic, robust.WaldPValue),
            $"Standard Errors are heteroscedasticity robust ({robust.Type}); tests use {DistributionText(robust.Distribution, (int)(model?.Statistics.DegreesOfFreedomResidual ?? 0))}."
        ) { }

    /// <summary>The summary of <paramref name="fit"/> with the coefficient table of a cluster-robust inference.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="cluster">Its cluster-robust inference.</param>
    public OlsSummary(OlsResult fit, ClusterRobustInference cluster)
        : this(SummaryModel.Of(fit), fit.GetResidualDiagnostics(), cluster) { }

    /// <summary>The summary of a fit given by its facts and diagnostics (e.g. a streaming fit), with a cluster-robust coefficient table.</summary>
    /// <param name="model">The model-level facts.</param>
    /// <param name="diagnostics">The residual diagnostics.</param>
    /// <param name="cluster">The cluster-robust inference.</param>
    public OlsSummary(SummaryModel model, ResidualDiagnostics diagnostics, ClusterRobustInference cluster)
        : this(
            model,
            diagnostics,
            "cluster",
            cluster?.Coefficients ?? throw new ArgumentNullException(nameof(cluster)),
            cluster.Distribution,
            (cluster.WaldStatistic, cluster.WaldPValue),
            $"Standard Errors are robust to cluster correlation ({cluster.ClusterCount} groups, small-sample correction {SummaryNumbers.General(cluster.Correction, 6)}); tests use {DistributionText(cluster.Distribution, cluster.DegreesOfFreedom)}."
        ) { }

    /// <summary>The summary of a fit given by its facts and diagnostics (e.g. a streaming fit), with the classical coefficient table.</summary>
    /// <param name="model">The model-level facts.</param>
    /// <param name="diagnostics">The residual diagnostics.</param>
    /// <param name="coefficients">The classical coefficient table (Student t with n − rank df).</param>
    public OlsSummary(SummaryModel model, ResidualDiagnostics diagnostics, IReadOnlyList<CoefficientEstimate> coefficients)
        : this(
            model,
            diagnostics,
            "nonrobust",
            coefficients,
            ReferenceDistribution.StudentT,
            (model?.Statistics.FStatistic ?? double.NaN, model?.Statistics.FPValue ?? double.NaN),
            "Standard Errors assume that the covariance matrix of the errors is correctly specified."
        ) { }

    private OlsSummary(
        SummaryModel model,
        ResidualDiagnostics diagnostics,
        string covarianceType,
        IReadOnlyList<CoefficientEstimate> coefficients,
        ReferenceDistribution distribution,
        (double Value, double PValue) fTest,
        string note
    )
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Model = model;
        CovarianceType = covarianceType;
        Coefficients = coefficients;
        StatisticName = distribution == ReferenceDistribution.Normal ? "z" : "t";
        FTest = fTest;
        CovarianceNote = note;
        Diagnostics = diagnostics;
    }

    private static string DistributionText(ReferenceDistribution distribution, int degreesOfFreedom) =>
        distribution == ReferenceDistribution.Normal
            ? "the normal distribution"
            : $"Student's t with {degreesOfFreedom.ToString(SummaryNumbers.Culture)} degrees of freedom";
}
