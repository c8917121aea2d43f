using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>A rich display (from <c>display(...)</c>).</summary>
/// <param name="Data">MIME type to representation: text as a JSON string, JSON types as JSON.</param>
/// <param name="Metadata">The output's metadata.</param>
public sealed record DisplayDataOutput(IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata) : NotebookOutput
{
    /// <inheritdoc/>
    public override string OutputType => "display_data";
}
