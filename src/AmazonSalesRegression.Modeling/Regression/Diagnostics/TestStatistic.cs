namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>A test statistic with its p-value and degrees of freedom.</summary>
/// <param name="Name">The test, e.g. <c>Jarque-Bera</c>.</param>
/// <param name="Statistic">The statistic's value.</param>
/// <param name="PValue">The probability of a statistic at least this extreme under the null hypothesis.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom of the reference distribution (the numerator's for an F test).</param>
/// <param name="DenominatorDegreesOfFreedom">Denominator degrees of freedom for an F test; otherwise <see langword="null"/>.</param>
public sealed record TestStatistic(
    string Name,
    double Statistic,
    double PValue,
    double DegreesOfFreedom,
    double? DenominatorDegreesOfFreedom = null
);
