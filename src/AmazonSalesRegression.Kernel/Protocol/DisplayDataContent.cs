using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of iopub <c>display_data</c> and <c>update_display_data</c>.</summary>
internal sealed record DisplayDataContent(IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata, DisplayTransient? Transient);
