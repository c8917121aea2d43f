using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// The SHA-256 of a Plotly figure in canonical form: compact JSON with object keys in ordinal order and numbers as
/// written, so the hash is the same in memory, in the notebook file and after reading it back.
/// </summary>
internal static class FigureHash
{
    /// <summary>The lowercase hexadecimal SHA-256 of the canonical JSON of <paramref name="figure"/>.</summary>
    public static string Of(JsonNode figure) => Convert.ToHexStringLower(SHA256.HashData(Canonical(figure)));

    /// <summary>The canonical UTF-8 JSON of <paramref name="figure"/>.</summary>
    public static byte[] Canonical(JsonNode figure)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, figure);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
