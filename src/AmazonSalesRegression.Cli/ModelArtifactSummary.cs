using System.Globalization;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Cli;

/// <summary>The one line that <c>train</c> and <c>course run</c> print about a production model artifact they wrote.</summary>
internal static class ModelArtifactSummary
{
    /// <summary>One line about an artifact: version, size of the model, holdout accuracy and checksum.</summary>
    public static string Describe(ModelArtifact artifact, string sha) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{artifact.Name} {artifact.Version}, {artifact.Coefficients.Count} coefficients, {artifact.Training.TrainingRows:N0} training rows; "
                + $"holdout log R² {artifact.Holdout.LogScale.RSquared:F3}, units MAPE {artifact.Holdout.Units.MapePercent:F1} %, "
                + $"weekly-category MAPE {artifact.Holdout.WeeklyCategory.MapePercent:F1} %, interval coverage {artifact.Holdout.IntervalCoverage:P1}; "
                + $"SHA-256 {sha[..12]}…"
        );
}
