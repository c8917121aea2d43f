using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The <c>course run</c> step that trains the production model and writes <c>models/amazon-sales-demand.json</c>;
/// with <c>--check</c> it trains in memory and fails when the committed artifact differs by a single byte.
/// </summary>
internal static class ProductionModelStep
{
    /// <summary>The step for the repository at <paramref name="root"/>; <paramref name="training"/> is shared with the report step.</summary>
    public static CourseStep For(string root, CourseRunOptions options, Lazy<ProductionTraining> training) =>
        new("Production model", _ => Task.Run(() => options.Check ? Check(root, training.Value) : Write(root, training.Value)));

    private static string Write(string root, ProductionTraining training)
    {
        var path = ProductionModel.DefaultPath(root);
        var sha = ModelArtifactFile.Write(training.Artifact, path);
        return $"wrote {Path.GetRelativePath(root, path)}: " + ModelArtifactSummary.Describe(training.Artifact, sha);
    }

    private static string Check(string root, ProductionTraining training)
    {
        var path = ProductionModel.DefaultPath(root);
        var relative = Path.GetRelativePath(root, path);
        var produced = ModelArtifactFile.Serialize(training.Artifact);
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(produced))
        {
            throw new CourseStepException(
                $"{relative} differs from what training produces; rebuild it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course run'."
            );
        }

        return $"{relative} matches a fresh training";
    }
}
