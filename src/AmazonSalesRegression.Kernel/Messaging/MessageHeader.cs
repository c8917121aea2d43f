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
    string Version = "");
