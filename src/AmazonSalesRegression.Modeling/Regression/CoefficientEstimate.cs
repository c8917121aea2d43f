namespace AmazonSalesRegression.Regression;

/// <summary>One row of a coefficient table: estimate, standard error, test statistic, two-sided p-value and confidence interval.</summary>
/// <param name="Name">Design column name.</param>
/// <param name="Estimate">The coefficient; NaN when aliased.</param>
/// <param name="StandardError">Its standard error; NaN when aliased.</param>
/// <param name="Statistic">Estimate / standard error (t or z, see the table's reference distribution).</param>
/// <param name="PValue">Two-sided p-value of the test that the coefficient is zero.</param>
/// <param name="ConfidenceLower">Lower confidence limit at <paramref name="ConfidenceLevel"/>.</param>
/// <param name="ConfidenceUpper">Upper confidence limit at <paramref name="ConfidenceLevel"/>.</param>
/// <param name="ConfidenceLevel">Coverage of the interval, e.g. 0.95.</param>
/// <param name="IsAliased">Whether the column was linearly dependent on earlier columns and not estimated (R's NA).</param>
public sealed record CoefficientEstimate(
    string Name,
    double Estimate,
    double StandardError,
    double Statistic,
    double PValue,
    double ConfidenceLower,
    double ConfidenceUpper,
    double ConfidenceLevel,
    bool IsAliased
)
{
    /// <summary>Builds a coefficient table: statistic b/se, two-sided p-value and the interval b ± q·se.</summary>
    internal static List<CoefficientEstimate> Table(
        IReadOnlyList<string> names,
        ReadOnlySpan<double> estimates,
        ReadOnlySpan<double> standardErrors,
        ReadOnlySpan<bool> aliased,
        ReferenceDistribution distribution,
        double degreesOfFreedom,
        double level
    )
    {
        var critical = ReferenceTails.Critical(level, distribution, degreesOfFreedom);
        var table = new List<CoefficientEstimate>(names.Count);
        for (var j = 0; j < names.Count; j++)
        {
            var b = estimates[j];
            var se = standardErrors[j];
            var statistic = b / se;
            table.Add(
                new CoefficientEstimate(
                    names[j],
                    b,
                    se,
                    statistic,
                    ReferenceTails.TwoSided(statistic, distribution, degreesOfFreedom),
                    b - (critical * se),
                    b + (critical * se),
                    level,
                    aliased[j]
                )
            );
        }

        return table;
    }
}
