using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>comm_info_reply</c>: the open comms by id (this kernel never has any).</summary>
internal sealed record CommInfoReply(string Status, JsonObject Comms);
