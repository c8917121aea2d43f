using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Reporting;

public static partial class StakeholderReport
{
    private static ReportSection DriftBaseline(ModelArtifact artifact) =>
        new(
            "drift-baseline",
            "Drift baseline",
            [
                new ParagraphBlock(
                    "The prediction service compares recent requests with these training distributions using the population stability index "
                        + "(PSI: below 0.1 stable, 0.1 to 0.25 moderate, above 0.25 major) and, for numbers, the Kolmogorov–Smirnov statistic."
                ),
                new TableBlock(
                    "Reference distributions stored in the model artifact",
                    ["Feature", "Type", "Bins or categories", "Median", "Middle 80 %"],
                    [.. artifact.Reference.Features.Append(artifact.Reference.Prediction).Select(Baseline)]
                ),
            ]
        );

    private static IReadOnlyList<string> Baseline(FeatureReference reference) =>
        reference.Kind == FeatureKind.Category
            ? [reference.Name, "category", ReportNumbers.Count(reference.Categories.Count), "—", "—"]
            :
            [
                reference.Name,
                "number",
                ReportNumbers.Count(reference.Proportions.Count),
                ReportNumbers.Significant(Quantile(reference, 0.5)),
                $"{ReportNumbers.Significant(Quantile(reference, 0.1))} to {ReportNumbers.Significant(Quantile(reference, 0.9))}",
            ];

    // The reference keeps the empirical distribution function at a grid of points; read a quantile off it.
    private static double Quantile(FeatureReference reference, double p)
    {
        for (var i = 0; i < reference.CdfValues.Count; i++)
        {
            if (reference.CdfValues[i] >= p)
            {
                return reference.CdfPoints[i];
            }
        }

        return reference.CdfPoints[^1];
    }
}
