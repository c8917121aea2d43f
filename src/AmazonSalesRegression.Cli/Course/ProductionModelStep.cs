using AmazonSalesRegression.Cli.Commands;
using AmazonSalesRegression.Production;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The <c>course run</c> step that trains the production model and writes <c>models/amazon-sales-demand.json</c>;
/// with <c>--check</c> it trains in memory and fails when the committed artifact differs by a single byte.
/// </summary>
internal static class ProductionModelStep
{
    /// <summary>The step for the repository at <paramref name="root"/>.</summary>
    public static CourseStep For(string root, CourseRunOptions options) =>
        new("Production model", _ => Task.Run(() => options.Check ? Check(root) : Write(root)));

    private static string Write(string root)
    {
        var path = ProductionModel.DefaultPath(root);
        return $"wrote {Path.GetRelativePath(root, path)}: "
            + TrainCommand.Write(CoursePaths.SalesCsv(root), path, new ProductionTrainingOptions());
    }

    private static string Check(string root)
    {
        var path = ProductionModel.DefaultPath(root);
        var relative = Path.GetRelativePath(root, path);
        var produced = ModelArtifactFile.Serialize(ProductionModel.Train(CoursePaths.SalesCsv(root)).Artifact);
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(produced))
        {
            throw new CourseStepException(
                $"{relative} differs from what training produces; rebuild it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course run'."
            );
        }

        return $"{relative} matches a fresh training";
    }
}
