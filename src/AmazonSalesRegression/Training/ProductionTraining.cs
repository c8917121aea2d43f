using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Training;

/// <summary>The outcome of training the production model.</summary>
/// <param name="Artifact">The artifact to save and serve.</param>
/// <param name="Fit">The underlying least-squares fit (for summaries and checks).</param>
public sealed record ProductionTraining(ModelArtifact Artifact, OlsResult Fit);
