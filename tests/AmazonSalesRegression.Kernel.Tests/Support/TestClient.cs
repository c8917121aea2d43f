using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Transport;
using NetMQ;
using NetMQ.Sockets;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>
/// A Jupyter client on real sockets, as jupyter_client connects: DEALERs with one shared identity for shell,
/// control and stdin, a SUB for iopub, a REQ for the heartbeat. Every wait is bounded by <see cref="Timeout"/>.
/// Used from the test's thread only.
/// </summary>
internal sealed partial class TestClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly DealerSocket _shell = new();
    private readonly DealerSocket _control = new();
    private readonly DealerSocket _stdin = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly RequestSocket _heartbeat = new();

    public TestClient(ConnectionInfo connection, string? key = null)
    {
        Codec = new WireCodec(new MessageSigner(key ?? connection.Key));
        var identity = Guid.NewGuid().ToByteArray();
        foreach (
            var (socket, port) in new (NetMQSocket, int)[]
            {
                (_shell, connection.ShellPort),
                (_control, connection.ControlPort),
                (_stdin, connection.StdinPort),
                (_iopub, connection.IopubPort),
                (_heartbeat, connection.HbPort),
            }
        )
        {
            socket.Options.Linger = TimeSpan.Zero;
            if (socket is DealerSocket)
            {
                socket.Options.Identity = identity;
            }

            socket.Connect(connection.Endpoint(port));
        }

        _iopub.SubscribeToAnyTopic();
    }

    public WireCodec Codec { get; }

    public MessageFactory Factory { get; } = new("test-client-session", "student");

    /// <summary>Sends a request; returns its <c>msg_id</c>.</summary>
    public string Send(KernelChannel channel, string msgType, JsonObject content, JupyterMessage? parent = null)
    {
        var header = Factory.NewHeader(msgType);
        SendFrames(channel, Codec.Encode(Factory.Create(header, content, parent, [])));
        return header.MsgId;
    }

    /// <summary>Sends raw frames (for tampering tests).</summary>
    public void SendFrames(KernelChannel channel, IEnumerable<byte[]> frames) => Socket(channel).SendMultipartBytes(frames);

    /// <summary>The next message on <paramref name="channel"/>, verified with the client's key.</summary>
    /// <exception cref="TimeoutException">Nothing arrived within the timeout.</exception>
    public JupyterMessage Receive(KernelChannel channel, TimeSpan? timeout = null)
    {
        var frames = ReceiveFrames(channel, timeout);
        Assert.True(Codec.TryDecode(frames, out var wire, out var problem), problem);
        return JupyterMessage.Parse(wire!);
    }

    /// <summary>The raw frames of the next message on <paramref name="channel"/>.</summary>
    /// <exception cref="TimeoutException">Nothing arrived within the timeout.</exception>
    public List<byte[]> ReceiveFrames(KernelChannel channel, TimeSpan? timeout = null)
    {
        var frames = new List<byte[]>();
        return Socket(channel).TryReceiveMultipartBytes(timeout ?? Timeout, ref frames)
            ? frames
            : throw new TimeoutException($"No {channel} message within {(timeout ?? Timeout).TotalSeconds} s.");
    }

    /// <summary>Sends a heartbeat ping and returns the echo.</summary>
    public byte[] Ping(byte[] payload)
    {
        _heartbeat.SendFrame(payload);
        return _heartbeat.TryReceiveFrameBytes(Timeout, out var echo) ? echo : throw new TimeoutException("No heartbeat echo.");
    }

    public void Dispose()
    {
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _iopub.Dispose();
        _heartbeat.Dispose();
    }

    private NetMQSocket Socket(KernelChannel channel) =>
        channel switch
        {
            KernelChannel.Shell => _shell,
            KernelChannel.Control => _control,
            KernelChannel.Stdin => _stdin,
            KernelChannel.IOPub => _iopub,
            _ => _heartbeat,
        };
}
