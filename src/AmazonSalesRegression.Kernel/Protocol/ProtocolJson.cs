using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>
/// The one JSON convention for every frame: snake_case member names (as the messaging spec spells them),
/// nulls omitted, non-ASCII text written as UTF-8 rather than escaped, and constructor parameters without
/// a default value required when reading.
/// </summary>
internal static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Serializes a record (or any JSON value) to UTF-8 JSON bytes.</summary>
    public static byte[] ToBytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Reads a request's content into its record; absent optional members take their spec defaults.</summary>
    /// <exception cref="JsonException">The content does not have the record's shape (e.g. a required member is missing).</exception>
    public static T Read<T>(JsonObject content) =>
        content.Deserialize<T>(Options) ?? throw new JsonException($"The content is not a {typeof(T).Name}.");
}
