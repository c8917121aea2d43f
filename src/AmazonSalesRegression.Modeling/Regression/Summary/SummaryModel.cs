namespace AmazonSalesRegression.Regression.Summary;

/// <summary>The model-level facts a summary prints besides its coefficient table and diagnostics.</summary>
/// <param name="ResponseName">The dependent variable.</param>
/// <param name="Statistics">Sums of squares, R², F, likelihood and information criteria.</param>
/// <param name="AliasedColumns">The columns that could not be estimated.</param>
/// <param name="ConfidenceLevel">Coverage of the coefficient intervals.</param>
public sealed record SummaryModel(
    string ResponseName,
    FitStatistics Statistics,
    IReadOnlyList<string> AliasedColumns,
    double ConfidenceLevel
)
{
    /// <summary>The facts of an in-memory fit.</summary>
    public static SummaryModel Of(OlsResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new SummaryModel(fit.ResponseName, fit.Statistics, fit.AliasedColumns, fit.ConfidenceLevel);
    }
}
