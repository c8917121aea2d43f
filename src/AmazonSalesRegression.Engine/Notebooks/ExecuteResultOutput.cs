using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>The value of a cell's trailing expression.</summary>
/// <param name="ExecutionCount">The cell's execution count.</param>
/// <param name="Data">MIME type to representation: text as a JSON string, JSON types as JSON.</param>
/// <param name="Metadata">The output's metadata.</param>
public sealed record ExecuteResultOutput(int? ExecutionCount, IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata)
    : NotebookOutput
{
    /// <inheritdoc/>
    public override string OutputType => "execute_result";
}
