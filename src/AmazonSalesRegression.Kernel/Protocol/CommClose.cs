using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>comm_close</c>, sent when a client opens a comm whose target this kernel does not have.</summary>
internal sealed record CommClose(string CommId, JsonObject Data);
