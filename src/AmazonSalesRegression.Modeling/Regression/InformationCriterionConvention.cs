namespace AmazonSalesRegression.Regression;

/// <summary>How many parameters k an information criterion (AIC = −2ℓ + 2k, BIC = −2ℓ + k·ln n) counts.</summary>
public enum InformationCriterionConvention
{
    /// <summary>statsmodels (the default here): k = number of estimated coefficients (the rank, intercept included).</summary>
    Statsmodels,

    /// <summary>R's <c>AIC</c>/<c>BIC</c> on <c>lm</c>: k = rank + 1, counting the error variance σ² as a parameter.</summary>
    R,
}
