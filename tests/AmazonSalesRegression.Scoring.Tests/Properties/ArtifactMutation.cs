using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Scoring.Tests.Properties;

/// <summary>A change to a valid artifact file: to one node of its content (optionally re-signed), to the envelope, or to the bytes.</summary>
internal abstract record ArtifactMutation
{
    /// <summary>The committed artifact's content as text and the format tag of its envelope.</summary>
    public static string ContentText { get; } = LoadContent();

    /// <summary>The mutated file bytes.</summary>
    public abstract byte[] Apply();

    /// <summary>An envelope around <paramref name="content"/>, with its true checksum unless <paramref name="sha256"/> is given.</summary>
    public static byte[] Envelope(
        string content,
        string? sha256 = null,
        string schemaVersion = "1",
        string format = "\"amazon-sales-regression/model\""
    ) =>
        Encoding.UTF8.GetBytes(
            $"{{\n  \"format\": {format},\n  \"schemaVersion\": {schemaVersion},\n  \"contentSha256\": \"{sha256 ?? Sha256(content)}\",\n  \"content\": {content}\n}}\n"
        );

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string LoadContent()
    {
        var path = Repository.Path("models", "amazon-sales-demand.json");
        var root = JsonNode.Parse(File.ReadAllBytes(path))!;
        return root["content"]!.ToJsonString();
    }
}

/// <summary>
/// Replaces, deletes or duplicates a node of the content, then re-signs it unless told not to. The node is chosen by
/// <paramref name="ShapeIndex"/> among the distinct shapes of path (array indices ignored, e.g. <c>$.features[*].kind</c>),
/// so that each kind of field is hit as often as any other, then by <paramref name="NodeIndex"/> among the nodes of that shape.
/// </summary>
internal sealed partial record ContentMutation(int ShapeIndex, int NodeIndex, string Kind, string Replacement, bool Resign)
    : ArtifactMutation
{
    public override byte[] Apply()
    {
        var content = JsonNode.Parse(ContentText)!;
        var shapes = Descendants(content).GroupBy(Shape).ToList();
        var nodes = shapes[ShapeIndex % shapes.Count].ToList();
        var target = nodes[NodeIndex % nodes.Count];
        var parent = target.Parent;
        var duplicatedName = Kind == "duplicate" && parent is JsonObject ? target.GetPropertyName() : null;
        switch (Kind)
        {
            case "delete" when parent is JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case "delete" when parent is JsonArray a:
                a.RemoveAt(target.GetElementIndex());
                break;
            case "duplicate" when parent is JsonArray a:
                a.Insert(target.GetElementIndex(), target.DeepClone());
                break;
            case "duplicate" when duplicatedName is not null:
                break;
            case "extra" when target is JsonObject o:
                o["unexpected" + NodeIndex] = JsonNode.Parse(Replacement);
                break;
            default:
                target.ReplaceWith(JsonNode.Parse(Replacement));
                break;
        }

        var text = content.ToJsonString();
        if (duplicatedName is not null)
        {
            // A duplicated property: JSON nodes cannot hold one, so write it into the text (at the top level of the content).
            text = text.Insert(1, $"\"{duplicatedName}\":{Replacement},");
        }

        return Resign ? Envelope(text) : Envelope(text, sha256: new string('0', 64));
    }

    private static string Shape(JsonNode node) => ArrayIndex().Replace(node.GetPath(), "[*]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ArrayIndex();

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var grandchild in Descendants(child))
            {
                yield return grandchild;
            }
        }
    }

    public override string ToString() =>
        $"{Kind} node {NodeIndex} of shape {ShapeIndex} with {Replacement}{(Resign ? "" : " (checksum not updated)")}";
}

/// <summary>A wrong envelope member: format, schema version or checksum.</summary>
internal sealed record EnvelopeMutation(string Format, string SchemaVersion, string? Sha256) : ArtifactMutation
{
    public override byte[] Apply() => Envelope(ContentText, Sha256, SchemaVersion, Format);
}

/// <summary>The valid file's bytes truncated, with bytes flipped or inserted.</summary>
internal sealed record ByteMutation(int Cut, int[] Flips, byte Value) : ArtifactMutation
{
    public override byte[] Apply()
    {
        var bytes = Envelope(ContentText);
        foreach (var flip in Flips)
        {
            bytes[flip % bytes.Length] ^= Value == 0 ? (byte)1 : Value;
        }

        return Cut > 0 ? bytes[..(Cut % bytes.Length)] : bytes;
    }

    public override string ToString() => $"cut at {Cut}, flips at {string.Join(",", Flips)} with {Value}";
}
