using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>inspect_reply</c>: a MIME bundle describing the symbol, empty when none was found.</summary>
internal sealed record InspectReply(string Status, bool Found, IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata);
