using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of iopub <c>execute_result</c>: the value of the cell's trailing expression.</summary>
internal sealed record ExecuteResultContent(int ExecutionCount, IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata);
