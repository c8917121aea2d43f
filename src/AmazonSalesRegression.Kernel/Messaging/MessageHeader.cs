using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// A message's <c>header</c>. The kernel fills every member on the messages it sends; on messages it receives only
/// <c>msg_id</c> and <c>msg_type</c> are required.
/// </summary>
/// <param name="MsgId">A unique id (a UUID for the kernel's messages).</param>
/// <param name="MsgType">What the message is, e.g. <c>execute_request</c>.</param>
/// <param name="Session">The sender's session id.</param>
/// <param name="Username">The sender's user name.</param>
/// <param name="Date">When the message was created: ISO 8601, UTC, with a trailing <c>Z</c>.</param>
/// <param name="Version">The messaging protocol version, <c>5.3</c>.</param>
internal sealed record MessageHeader(
    string MsgId,
    string MsgType,
    string Session = "",
    string Username = "",
    string Date = "",
    string Version = ""
)
{
    /// <summary>
    /// Reads a received header leniently: <c>msg_id</c> and <c>msg_type</c> must be strings; any other member that is
    /// missing or not a string reads as empty, so that a client's unusual header never gets its request dropped.
    /// </summary>
    /// <exception cref="JsonException"><c>msg_id</c> or <c>msg_type</c> is missing or not a string.</exception>
    public static MessageHeader Read(JsonObject header) =>
        new(
            Text(header, "msg_id") ?? throw new JsonException("The header has no msg_id."),
            Text(header, "msg_type") ?? throw new JsonException("The header has no msg_type."),
            Text(header, "session") ?? "",
            Text(header, "username") ?? "",
            Text(header, "date") ?? "",
            Text(header, "version") ?? ""
        );

    private static string? Text(JsonObject header, string name) =>
        header[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
