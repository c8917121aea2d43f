using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Tests.Training;

/// <summary>The production model trained once on the course data and shared by the production tests.</summary>
internal static class TrainedModel
{
    public static string CsvPath { get; } = CoursePaths.SalesCsv(CoursePaths.FindRoot(AppContext.BaseDirectory));

    private static readonly Lazy<ProductionTraining> Training = new(() => ProductionModel.Train(CsvPath));

    public static ProductionTraining Value => Training.Value;

    public static ModelArtifact Artifact => Value.Artifact;
}
