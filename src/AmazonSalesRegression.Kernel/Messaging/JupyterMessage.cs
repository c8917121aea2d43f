using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// A verified message with its JSON frames parsed. <see cref="Wire"/> keeps the exact bytes; the header bytes
/// are echoed unchanged as the <c>parent_header</c> of everything the message causes.
/// </summary>
internal sealed record JupyterMessage(
    WireMessage Wire,
    MessageHeader Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content
)
{
    /// <summary>The header's <c>msg_type</c>.</summary>
    public string MsgType => Header.MsgType;

    /// <summary>Parses the JSON frames of a verified wire message.</summary>
    /// <exception cref="JsonException">A frame is not a JSON object, or the header lacks <c>msg_id</c> or <c>msg_type</c>.</exception>
    public static JupyterMessage Parse(WireMessage wire)
    {
        var header = MessageHeader.Read(ParseObject(wire.Header, "header"));
        return new JupyterMessage(
            wire,
            header,
            ParseObject(wire.ParentHeader, "parent_header"),
            ParseObject(wire.Metadata, "metadata"),
            ParseObject(wire.Content, "content")
        );
    }

    private static JsonObject ParseObject(byte[] utf8, string frame) =>
        JsonNode.Parse(utf8) as JsonObject ?? throw new JsonException($"The {frame} frame is not a JSON object.");
}
