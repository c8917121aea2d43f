using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Regression.Summary;

/// <summary>
/// The printed report of a fit, laid out like statsmodels' <c>OLSResults.summary()</c>: model statistics, the
/// coefficient table and the residual diagnostics, as text (<see cref="ToString"/>) or HTML (<see cref="ToHtml"/>).
/// It has no date or time, so the same fit always prints the same report.
/// </summary>
public sealed partial class OlsSummary
{
    private const int Width = 78;

    /// <summary>Creates the summary of <paramref name="fit"/>, optionally with robust standard errors in the table.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="covariance">A heteroscedasticity-consistent covariance for the coefficient table, or <see langword="null"/> for the classical one.</param>
    public OlsSummary(OlsResult fit, HeteroscedasticityConsistentType? covariance = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        Model = SummaryModel.Of(fit);
        CovarianceType = covariance?.ToString() ?? "nonrobust";
        var robust = covariance is { } type ? fit.GetRobustInference(type, ReferenceDistribution.Normal, fit.ConfidenceLevel) : null;
        Coefficients = robust?.Coefficients ?? fit.Coefficients;
        FTest = robust is null ? (fit.FStatistic, fit.FPValue) : (robust.WaldStatistic, robust.WaldPValue);
        StatisticName = covariance is null ? "t" : "z";
        CovarianceNote = covariance is null
            ? "Standard Errors assume that the covariance matrix of the errors is correctly specified."
            : $"Standard Errors are heteroscedasticity robust ({CovarianceType}); tests use the normal distribution.";
        Diagnostics = fit.GetResidualDiagnostics();
    }

    /// <summary>The model-level facts being reported (of an in-memory or a streaming fit).</summary>
    public SummaryModel Model { get; }

    /// <summary><c>nonrobust</c>, the HC type or <c>cluster</c>: the covariance behind the coefficient table.</summary>
    public string CovarianceType { get; }

    /// <summary>The coefficient table as printed.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>The residual diagnostics printed under the table.</summary>
    public ResidualDiagnostics Diagnostics { get; }

    private string StatisticName { get; }

    // The overall F test printed in the header: the classical F, or under a robust covariance the robust Wald test in
    // F form, as statsmodels prints it.
    private (double Value, double PValue) FTest { get; }

    private string CovarianceNote { get; }

    /// <summary>Left and right columns of the header block: label and value pairs.</summary>
    private IReadOnlyList<((string, string) Left, (string, string) Right)> Header()
    {
        var fit = Model.Statistics;
        return
        [
            (
                ("Dep. Variable:", Model.ResponseName),
                ("R-squared" + (fit.HasIntercept ? ":" : " (uncentered):"), Number.Format(fit.RSquared, 3))
            ),
            (("Model:", "OLS"), ("Adj. R-squared" + (fit.HasIntercept ? ":" : " (uncentered):"), Number.Format(fit.AdjustedRSquared, 3))),
            (("Method:", "Least Squares"), ("F-statistic:", Number.General(FTest.Value, 4))),
            (("No. Observations:", fit.Observations.ToString(Number.Culture)), ("Prob (F-statistic):", Number.General(FTest.PValue, 3))),
            (
                ("Df Residuals:", fit.DegreesOfFreedomResidual.ToString(Number.Culture)),
                ("Log-Likelihood:", Number.General(fit.LogLikelihood, 5))
            ),
            (
                ("Df Model:", fit.DegreesOfFreedomModel.ToString(Number.Culture)),
                ("AIC:", Number.General(fit.GetAic(InformationCriterionConvention.Statsmodels), 4))
            ),
            (("Covariance Type:", CovarianceType), ("BIC:", Number.General(fit.GetBic(InformationCriterionConvention.Statsmodels), 4))),
        ];
    }

    private IReadOnlyList<((string, string) Left, (string, string) Right)> Footer() =>
        [
            (("Omnibus:", Number.Format(Diagnostics.Omnibus.Statistic, 3)), ("Durbin-Watson:", Number.Format(Diagnostics.DurbinWatson, 3))),
            (
                ("Prob(Omnibus):", Number.Format(Diagnostics.Omnibus.PValue, 3)),
                ("Jarque-Bera (JB):", Number.Format(Diagnostics.JarqueBera.Statistic, 3))
            ),
            (("Skew:", Number.Format(Diagnostics.Skewness, 3)), ("Prob(JB):", Number.General(Diagnostics.JarqueBera.PValue, 3))),
            (("Kurtosis:", Number.Format(Diagnostics.Kurtosis, 3)), ("Cond. No.", Number.General(Diagnostics.ConditionNumber, 3))),
        ];

    /// <summary>The printed cells of one coefficient row: estimate, standard error, statistic, p-value and interval; NA when aliased.</summary>
    private static string[] CoefficientCells(CoefficientEstimate c) =>
        c.IsAliased
            ? ["NA", "", "", "", "", ""]
            :
            [
                Number.Format(c.Estimate, 4),
                Number.Format(c.StandardError, 3),
                Number.Format(c.Statistic, 3),
                Number.Format(c.PValue, 3),
                Number.Format(c.ConfidenceLower, 3),
                Number.Format(c.ConfidenceUpper, 3),
            ];

    /// <summary>The notes printed at the end: the covariance assumption, aliased columns, and a collinearity warning when the scaled condition number exceeds 30.</summary>
    public IReadOnlyList<string> Notes()
    {
        var notes = new List<string> { CovarianceNote };
        if (Model.AliasedColumns.Count > 0)
        {
            notes.Add($"Aliased (not estimable, linearly dependent on earlier columns): {string.Join(", ", Model.AliasedColumns)}.");
        }

        if (Diagnostics.ScaledConditionNumber > 30)
        {
            notes.Add(
                $"The condition number of the unit-scaled design is {Number.General(Diagnostics.ScaledConditionNumber, 3)}: strong multicollinearity (over 30)."
            );
        }

        return notes;
    }
}
