using System.Text;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Scoring.Drift;

namespace AmazonSalesRegression.Api.Hosting;

/// <summary>A verified artifact ready to serve: its scorer, identity and drift window. Immutable once published.</summary>
internal sealed class LoadedModel
{
    public LoadedModel(VerifiedArtifact verified, string path)
    {
        Artifact = verified.Artifact;
        Sha256 = verified.ContentSha256;
        Path = path;
        Scorer = DemandScorer.Create(verified.Artifact, DemandModelFile.IntervalLevel, path);
        VersionLabel = $"{Artifact.Version}+{Sha256[..12]}";
        Drift = new DriftWindow(Artifact.Features, Artifact.Reference);
        FeatureNamesUtf8 = [.. Artifact.Features.Select(f => Encoding.UTF8.GetBytes(f.Name))];
    }

    /// <summary>The artifact.</summary>
    public ModelArtifact Artifact { get; }

    /// <summary>The verified content SHA-256.</summary>
    public string Sha256 { get; }

    /// <summary>The file it came from.</summary>
    public string Path { get; }

    /// <summary>The hot-path scorer.</summary>
    public DemandScorer Scorer { get; }

    /// <summary><c>VERSION+first 12 hex digits of the SHA-256</c>: the <c>X-Model-Version</c> header and <c>modelVersion</c>.</summary>
    public string VersionLabel { get; }

    /// <summary>Recent inputs and predictions against the artifact's reference.</summary>
    public DriftWindow Drift { get; }

    /// <summary>Feature names as UTF-8, for writing out-of-range flags without transcoding.</summary>
    public byte[][] FeatureNamesUtf8 { get; }
}
