using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>debug_reply</c>: a Debug Adapter Protocol response, here always a refusal.</summary>
internal sealed record DebugReply(string Type, int RequestSeq, bool Success, string Command, string Message, JsonObject Body);
