using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// Reads and writes model artifacts: a JSON envelope <c>{"format", "schemaVersion", "contentSha256", "content"}</c> whose
/// checksum is the SHA-256 of the exact UTF-8 bytes of <c>content</c> as written. Writing is deterministic: the same
/// artifact gives the same bytes (ordinal key order, shortest round-trip numbers, LF line ends).
/// </summary>
public static class ModelArtifactFile
{
    /// <summary>The envelope's format tag.</summary>
    public const string Format = "amazon-sales-regression/model";

    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    // Readable formulas and category names ("+", "&") in a file that is never embedded in HTML.
    private static readonly ArtifactJsonContext Json = new(
        new JsonSerializerOptions(ArtifactJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
    );

    /// <summary>The artifact's file bytes.</summary>
    public static byte[] Serialize(ModelArtifact artifact)
    {
        var content = Indented(JsonSerializer.SerializeToUtf8Bytes(artifact, Json.ModelArtifact));
        var text = new StringBuilder()
            .Append("{\n")
            .Append($"  \"format\": \"{Format}\",\n")
            .Append($"  \"schemaVersion\": {SchemaVersion},\n")
            .Append($"  \"contentSha256\": \"{Sha256(content)}\",\n")
            .Append("  \"content\": ")
            .Append(content)
            .Append("\n}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Writes <paramref name="artifact"/> to <paramref name="path"/> atomically (a temporary file renamed over the target).</summary>
    /// <returns>The content SHA-256.</returns>
    public static string Write(ModelArtifact artifact, string path)
    {
        var bytes = Serialize(artifact);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        return Read(bytes, path).ContentSha256;
    }

    /// <summary>Reads and verifies the artifact at <paramref name="path"/>.</summary>
    /// <exception cref="ModelArtifactException">The file is missing, malformed, of another schema version, incomplete or altered.</exception>
    public static VerifiedArtifact Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelArtifactException(path, null, $"cannot read the file ({e.Message})");
        }

        return Read(bytes, path);
    }

    /// <summary>Verifies and parses artifact bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="ModelArtifactException">The bytes are malformed, of another schema version, incomplete or altered.</exception>
    public static VerifiedArtifact Read(ReadOnlyMemory<byte> bytes, string source)
    {
        using var document = Parse(bytes, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ModelArtifactException(source, "$", "the artifact must be a JSON object");
        }

        if (Text(root, "format", source) != Format)
        {
            throw new ModelArtifactException(source, "$.format", $"expected \"{Format}\"; this is not a model artifact");
        }

        var version = Member(root, "schemaVersion", source);
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var schema) || schema != SchemaVersion)
        {
            throw new ModelArtifactException(
                source,
                "$.schemaVersion",
                $"unknown schema version {version.GetRawText()}; this build reads version {SchemaVersion}"
            );
        }

        var expected = Text(root, "contentSha256", source);
        var content = Member(root, "content", source);
        var raw = Encoding.UTF8.GetBytes(content.GetRawText());
        var actual = Sha256(raw);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new ModelArtifactException(
                source,
                "$.contentSha256",
                $"checksum mismatch: the file says {expected} but the content hashes to {actual}; the file was altered or truncated"
            );
        }

        try
        {
            var artifact =
                JsonSerializer.Deserialize(raw, Json.ModelArtifact) ?? throw new ModelArtifactException(source, "$.content", "is null");
            return new VerifiedArtifact(artifact, actual);
        }
        catch (JsonException e)
        {
            throw new ModelArtifactException(source, "$.content" + (e.Path?.TrimStart('$') ?? string.Empty), Problem(e));
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> bytes, string source)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new ModelArtifactException(source, e.Path, $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }
    }

    private static JsonElement Member(JsonElement root, string name, string source) =>
        root.TryGetProperty(name, out var value) ? value : throw new ModelArtifactException(source, $"$.{name}", "missing required field");

    private static string Text(JsonElement root, string name, string source)
    {
        var value = Member(root, name, source);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ModelArtifactException(
                source,
                $"$.{name}",
                $"expected a string, found {value.ValueKind.ToString().ToLowerInvariant()}"
            );
    }

    private static string Problem(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Indented(byte[] json) => Encoding.UTF8.GetString(json).Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
