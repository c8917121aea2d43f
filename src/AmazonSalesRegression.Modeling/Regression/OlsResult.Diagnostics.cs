using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Regression;

/// <summary>Residual diagnostics of a fit, computed on demand from its residuals, leverages and design.</summary>
public sealed partial record OlsResult
{
    /// <summary>
    /// The residual statistics that statsmodels prints under its coefficient table: Durbin-Watson, Jarque-Bera, omnibus,
    /// skewness, kurtosis and the condition number.
    /// </summary>
    public ResidualDiagnostics GetResidualDiagnostics() => ResidualDiagnostics.Of(this);

    /// <summary>Leverage, studentized residuals and Cook's distance of every observation (closed form, no refits).</summary>
    public InfluenceMeasures GetInfluence() =>
        InfluenceMeasures.Compute(Residuals.AsSpan(), Leverage.AsSpan(), ResidualStandardError, Rank);

    /// <summary>
    /// The Breusch-Pagan test of heteroscedasticity against the model's own regressors: Koenker's studentized
    /// version n·R² (the default, robust to non-normal errors; statsmodels' <c>robust=True</c>) or the original ESS/2.
    /// </summary>
    /// <param name="koenker">Whether to use Koenker's studentized statistic.</param>
    public TestStatistic BreuschPagan(bool koenker = true) => Heteroscedasticity.BreuschPagan(this, koenker);

    /// <summary>
    /// The variance inflation factor of each regressor (not the intercept), keyed by column name; aliased columns have
    /// an infinite VIF. Needs an intercept.
    /// </summary>
    public IReadOnlyDictionary<string, double> GetVarianceInflation() => VarianceInflation.Of(this);

    /// <summary>The F test of <paramref name="restricted"/>, a model nested in this one (fewer terms, same observations).</summary>
    /// <param name="restricted">The smaller model.</param>
    public TestStatistic CompareNested(OlsResult restricted)
    {
        ArgumentNullException.ThrowIfNull(restricted);
        if (restricted.Observations != Observations)
        {
            throw new ArgumentException(
                $"The models were fitted to different data ({restricted.Observations} vs {Observations} observations).",
                nameof(restricted)
            );
        }

        return NestedModelTest.Compare(
            restricted.ResidualSumOfSquares,
            restricted.DegreesOfFreedomResidual,
            ResidualSumOfSquares,
            DegreesOfFreedomResidual
        );
    }
}
