using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>history_reply</c>: entries as <c>[session, line_number, input]</c> triples.</summary>
internal sealed record HistoryReply(string Status, IReadOnlyList<JsonArray> History);
