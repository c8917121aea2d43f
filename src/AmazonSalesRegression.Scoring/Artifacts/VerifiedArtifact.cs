namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>An artifact read from a file whose checksum matched.</summary>
/// <param name="Artifact">The content.</param>
/// <param name="ContentSha256">The verified SHA-256 of the content (lower-case hex), the model's identity for the service.</param>
public sealed record VerifiedArtifact(ModelArtifact Artifact, string ContentSha256);
