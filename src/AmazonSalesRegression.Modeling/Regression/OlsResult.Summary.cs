using AmazonSalesRegression.Regression.Summary;

namespace AmazonSalesRegression.Regression;

/// <summary>The printed report of a fit.</summary>
public sealed partial record OlsResult
{
    /// <summary>The report of this fit, like statsmodels' <c>summary()</c>; render it with <c>ToString()</c> or <c>ToHtml()</c>.</summary>
    /// <param name="covariance">A robust covariance for the coefficient table, or <see langword="null"/> for the classical one.</param>
    public OlsSummary Summary(HeteroscedasticityConsistentType? covariance = null) => new(this, covariance);
}
