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
                ("R-squared" + (fit.HasIntercept ? ":" : " (uncentered):"), SummaryNumbers.Format(fit.RSquared, 3))
            ),
            (
                ("Model:", "OLS"),
                ("Adj. R-squared" + (fit.HasIntercept ? ":" : " (uncentered):"), SummaryNumbers.Format(fit.AdjustedRSquared, 3))
            ),
            (("Method:", "Least Squares"), ("F-statistic:", SummaryNumbers.General(FTest.Value, 4))),
            (
                ("No. Observations:", fit.Observations.ToString(SummaryNumbers.Culture)),
                ("Prob (F-statistic):", SummaryNumbers.General(FTest.PValue, 3))
            ),
            (
                ("Df Residuals:", fit.DegreesOfFreedomResidual.ToString(SummaryNumbers.Culture)),
                ("Log-Likelihood:", SummaryNumbers.General(fit.LogLikelihood, 5))
            ),
            (
                ("Df Model:", fit.DegreesOfFreedomModel.ToString(SummaryNumbers.Culture)),
                ("AIC:", SummaryNumbers.General(fit.GetAic(InformationCriterionConvention.Statsmodels), 4))
            ),
            (
                ("Covariance Type:", CovarianceType),
                ("BIC:", SummaryNumbers.General(fit.GetBic(InformationCriterionConvention.Statsmodels), 4))
            ),
        ];
    }

    private IReadOnlyList<((string, string) Left, (string, string) Right)> Footer() =>
        [
            (
                ("Omnibus:", SummaryNumbers.Format(Diagnostics.Omnibus.Statistic, 3)),
                ("Durbin-Watson:", SummaryNumbers.Format(Diagnostics.DurbinWatson, 3))
            ),
            (
                ("Prob(Omnibus):", SummaryNumbers.Format(Diagnostics.Omnibus.PValue, 3)),
                ("Jarque-Bera (JB):", SummaryNumbers.Format(Diagnostics.JarqueBera.Statistic, 3))
            ),
            (
                ("Skew:", SummaryNumbers.Format(Diagnostics.Skewness, 3)),
                ("Prob(JB):", SummaryNumbers.General(Diagnostics.JarqueBera.PValue, 3))
            ),
            (
                ("Kurtosis:", SummaryNumbers.Format(Diagnostics.Kurtosis, 3)),
                ("Cond. No.", SummaryNumbers.General(Diagnostics.ConditionNumber, 3))
            ),
        ];

    /// <summary>The printed cells of one coefficient row: estimate, standard error, statistic, p-value and interval; NA when aliased.</summary>
    private static string[] CoefficientCells(CoefficientEstimate c) =>
        c.IsAliased
            ? ["NA", "", "", "", "", ""]
            :
            [
                SummaryNumbers.Format(c.Estimate, 4),
                SummaryNumbers.Format(c.StandardError, 3),
                SummaryNumbers.Format(c.Statistic, 3),
                SummaryNumbers.Format(c.PValue, 3),
                SummaryNumbers.Format(c.ConfidenceLower, 3),
                SummaryNumbers.Format(c.ConfidenceUpper, 3),
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
                $"The condition number of the unit-scaled design is {SummaryNumbers.General(Diagnostics.ScaledConditionNumber, 3)}: strong multicollinearity (over 30)."
            );
        }

        return notes;
    }
}
