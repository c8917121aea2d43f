using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring.Tests;

/// <summary>The course's committed demand model (<c>models/amazon-sales-demand.json</c>), read once: a real artifact without training one.</summary>
internal static class CommittedArtifact
{
    public static string Path { get; } = Repository.Path("models", DemandModelFile.FileName);

    public static ModelArtifact Value { get; } = ModelArtifactFile.Read(Path).Artifact;
}
