using System.Text.Json.Nodes;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Scoring.Tests.Properties;

namespace AmazonSalesRegression.Scoring.Tests;

/// <summary>Regressions found by the artifact properties: re-signed artifacts with inconsistent content fail to load with a named field.</summary>
public sealed class DamagedArtifactTests
{
    [Theory]
    [InlineData("interval/degreesOfFreedom", "0", "$.content.interval.degreesOfFreedom")]
    [InlineData("interval/residualVariance", "-1", "$.content.interval.residualVariance")]
    [InlineData("transform/numbers/time(date)", "[]", "$.content.formula")]
    [InlineData("features/0/kind", "7", "$.content.features[0].kind")]
    [InlineData("features/0/categories", "duplicate", "$.content.features[0].categories")]
    [InlineData("features", "duplicate", "$.content.features[12].name")]
    public void A_re_signed_artifact_with_inconsistent_content_names_the_field(string path, string change, string field)
    {
        // Given the committed artifact with one field damaged and its checksum recomputed
        // (these used to escape as ArgumentException or IndexOutOfRangeException)
        var content = JsonNode.Parse(ArtifactMutation.ContentText)!;
        var node = path.Split('/').Aggregate(content, (n, part) => n is JsonArray a ? a[int.Parse(part)]! : n[part]!);
        if (change == "duplicate")
        {
            ((JsonArray)node).Add(((JsonArray)node)[0]!.DeepClone());
        }
        else
        {
            node.ReplaceWith(JsonNode.Parse(change));
        }

        var bytes = ArtifactMutation.Envelope(content.ToJsonString());

        // When the service's loading steps run
        var error = Assert.Throws<ModelArtifactException>(() =>
            DemandScorer.Create(ModelArtifactFile.Read(bytes, "damaged.json").Artifact, 0.95, "damaged.json")
        );

        // Then the error names the file and the field
        Assert.Equal("damaged.json", error.File);
        Assert.Equal(field, error.Field);
    }
}
