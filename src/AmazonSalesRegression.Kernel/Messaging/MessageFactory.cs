using System.Globalization;
using System.Text;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// Creates the kernel's messages: a fresh header (UUID <c>msg_id</c>, the kernel's session id, UTC date,
/// version 5.3), the causing request's header as parent, empty metadata and the serialized content.
/// </summary>
internal sealed class MessageFactory(string session, string username)
{
    /// <summary>The messaging protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    private static readonly byte[] s_emptyObject = "{}"u8.ToArray();

    /// <summary>The kernel's session id, sent in every header.</summary>
    public string Session => session;

    /// <summary>A message of type <paramref name="msgType"/> caused by <paramref name="parent"/> (none for unsolicited messages).</summary>
    public WireMessage Create<T>(string msgType, T content, JupyterMessage? parent, IReadOnlyList<byte[]> identities) =>
        Create(NewHeader(msgType), content, parent, identities);

    /// <summary>A message with a header made by <see cref="NewHeader"/>, for callers that need its id.</summary>
    public WireMessage Create<T>(MessageHeader header, T content, JupyterMessage? parent, IReadOnlyList<byte[]> identities) =>
        new(
            identities,
            ProtocolJson.ToBytes(header),
            parent?.Wire.Header ?? s_emptyObject,
            s_emptyObject,
            ProtocolJson.ToBytes(content),
            []
        );

    /// <summary>The iopub topic of a message type, in ipykernel's style: <c>kernel.&lt;session&gt;.&lt;msg_type&gt;</c>.</summary>
    public byte[] Topic(string msgType) => Encoding.UTF8.GetBytes($"kernel.{session}.{msgType}");

    /// <summary>A fresh header: new UUID, this kernel's session, the current UTC time.</summary>
    public MessageHeader NewHeader(string msgType) =>
        new(
            Guid.NewGuid().ToString(),
            msgType,
            session,
            username,
            DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ProtocolVersion
        );
}
