using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>complete_reply</c>; cursor offsets count Unicode code points.</summary>
internal sealed record CompleteReply(string Status, IReadOnlyList<string> Matches, int CursorStart, int CursorEnd, JsonObject Metadata);
