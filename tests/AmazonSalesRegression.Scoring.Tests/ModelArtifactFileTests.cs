using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring.Tests;

public sealed class ModelArtifactFileTests
{
    private static string Text => Encoding.UTF8.GetString(ModelArtifactFile.Serialize(CommittedArtifact.Value));

    [Fact]
    public void A_changed_coefficient_fails_the_checksum_and_the_error_names_the_file_and_field()
    {
        // Given a valid artifact whose first coefficient was edited by hand
        var text = Text;
        var at = text.IndexOf("\"estimate\": ", StringComparison.Ordinal) + 12;
        var tampered = text[..at] + "9" + text[at..];

        // When it is read
        var error = Assert.Throws<ModelArtifactException>(() => ModelArtifactFile.Read(Encoding.UTF8.GetBytes(tampered), "models/x.json"));

        // Then the checksum mismatch is reported with the file and field
        Assert.Equal("$.contentSha256", error.Field);
        Assert.StartsWith("models/x.json: $.contentSha256: checksum mismatch", error.Message);
    }

    [Fact]
    public void An_unknown_schema_version_is_rejected()
    {
        // Given an artifact claiming schema version 2
        var text = Text.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal);

        // When it is read
        var error = Assert.Throws<ModelArtifactException>(() => ModelArtifactFile.Read(Encoding.UTF8.GetBytes(text), "m.json"));

        // Then the error names the version
        Assert.Equal("$.schemaVersion", error.Field);
        Assert.Contains("unknown schema version 2", error.Message);
    }

    [Fact]
    public void A_missing_field_is_named_even_when_the_checksum_was_recomputed()
    {
        // Given an artifact without content.interval and a checksum recomputed to match
        var root = JsonNode.Parse(Text)!.AsObject();
        root["content"]!.AsObject().Remove("interval");
        var content = root["content"]!.ToJsonString();
        var text =
            $"{{\"format\":\"{ModelArtifactFile.Format}\",\"schemaVersion\":1,\"contentSha256\":\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))}\",\"content\":{content}}}";

        // When it is read
        var error = Assert.Throws<ModelArtifactException>(() => ModelArtifactFile.Read(Encoding.UTF8.GetBytes(text), "m.json"));

        // Then the message names the missing property
        Assert.StartsWith("m.json: $.content", error.Message);
        Assert.Contains("interval", error.Message);
    }

    [Theory]
    [InlineData("{\"format\": ", "malformed JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"format\":\"something-else\"}", "not a model artifact")]
    [InlineData("{\"format\":\"amazon-sales-regression/model\",\"schemaVersion\":1}", "missing required field")]
    public void Malformed_files_fail_with_a_located_message(string text, string problem)
    {
        // Given a broken file
        // When it is read
        var error = Assert.Throws<ModelArtifactException>(() => ModelArtifactFile.Read(Encoding.UTF8.GetBytes(text), "bad.json"));

        // Then the message starts with the file and says what is wrong
        Assert.StartsWith("bad.json: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_model_artifact_error()
    {
        // Given a path that does not exist
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        // When it is read
        var error = Assert.Throws<ModelArtifactException>(() => ModelArtifactFile.Read(path));

        // Then the error names the file
        Assert.StartsWith(path, error.Message);
    }
}
