using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmazonSalesRegression.Data.Generation;

public sealed partial record GroundTruth
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Serialises the truth as indented camelCase JSON with LF line endings and a final newline. Numbers use the
    /// shortest round-trip form and only JSON's mandatory characters are escaped (the file is not meant for embedding
    /// in HTML), so the text is readable and the same on every platform.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    /// <summary>Reads a truth written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The truth.</returns>
    /// <exception cref="JsonException">The text is not valid JSON of this shape.</exception>
    public static GroundTruth FromJson(string json) =>
        JsonSerializer.Deserialize<GroundTruth>(json, JsonOptions) ?? throw new JsonException("The truth JSON is 'null'.");
}
