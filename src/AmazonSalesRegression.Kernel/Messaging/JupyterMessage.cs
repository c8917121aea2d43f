using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

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
    /// <exception cref="JsonException">
    /// A frame is not valid UTF-8, is not a JSON object or names a member twice (at any depth), or the header lacks <c>msg_id</c> or <c>msg_type</c>.
    /// </exception>
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

    // Duplicate members are rejected while parsing: a JsonObject holding them would throw ArgumentException on first use,
    // far from here (in a handler, or while echoing the header as a reply's parent).
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    // Invalid UTF-8 inside a string is only noticed when the string is read, as an InvalidOperationException: check first.
    private static JsonObject ParseObject(byte[] utf8, string frame) =>
        !Utf8.IsValid(utf8) ? throw new JsonException($"The {frame} frame is not valid UTF-8.")
        : JsonNode.Parse(utf8, documentOptions: Strict) as JsonObject ?? throw new JsonException($"The {frame} frame is not a JSON object.");
}
