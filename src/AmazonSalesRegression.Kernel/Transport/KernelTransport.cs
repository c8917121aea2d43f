using AmazonSalesRegression.Kernel.Logging;
using NetMQ;

namespace AmazonSalesRegression.Kernel.Transport;

/// <summary>
/// Owns the sockets and the one thread that touches them (a <see cref="NetMQPoller"/>): it receives on shell,
/// control and stdin, echoes heartbeats, and sends what other threads queue through <see cref="Send"/>, in order.
/// NetMQ sockets are not thread-safe, so nothing else ever calls them.
/// </summary>
internal sealed class KernelTransport : IFrameSink, IDisposable
{
    private readonly KernelSockets _sockets;
    private readonly NetMQQueue<OutboundFrames> _outbound;
    private readonly NetMQPoller _poller;
    private readonly Action<KernelChannel, List<byte[]>> _onReceived;
    private readonly IKernelLogger _logger;

    /// <summary>Binds the sockets; <paramref name="onReceived"/> is called on the poller thread and must not block.</summary>
    public KernelTransport(ConnectionInfo connection, Action<KernelChannel, List<byte[]>> onReceived, IKernelLogger logger)
    {
        _onReceived = onReceived;
        _logger = logger;
        _sockets = new KernelSockets(connection);
        _outbound = new NetMQQueue<OutboundFrames>();
        _sockets.Shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        _sockets.Control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        _sockets.Stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        _sockets.Heartbeat.ReceiveReady += (_, e) => Echo(e.Socket);
        _outbound.ReceiveReady += (_, e) => Drain(e.Queue);
        _poller = [_sockets.Shell, _sockets.Control, _sockets.Stdin, _sockets.Heartbeat, _outbound];
    }

    /// <summary>Starts the poller thread.</summary>
    public void Start() => _poller.RunAsync("jupyter-kernel-transport", isBackgroundThread: true);

    /// <inheritdoc />
    public void Send(KernelChannel channel, IReadOnlyList<byte[]> frames) => _outbound.Enqueue(new OutboundFrames(channel, frames));

    /// <summary>Completes once every frame queued before the call has been handed to its socket.</summary>
    public Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _outbound.Enqueue(new OutboundFrames(KernelChannel.IOPub, [], flushed));
        return flushed.Task;
    }

    /// <summary>Stops the poller thread and closes the sockets (each lingers briefly to deliver what is queued).</summary>
    public void Dispose()
    {
        if (_poller.IsRunning)
        {
            _poller.Stop();
        }

        _poller.Dispose();
        _outbound.Dispose();
        _sockets.Dispose();
    }

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(ref frames))
        {
            try
            {
                _onReceived(channel, frames);
            }
            catch (Exception ex)
            {
                _logger.Log(KernelLogLevel.Error, $"Dropped a {channel} message: {ex}");
            }

            frames = [];
        }
    }

    private static void Echo(NetMQSocket heartbeat)
    {
        var frames = new List<byte[]>();
        while (heartbeat.TryReceiveMultipartBytes(ref frames))
        {
            heartbeat.TrySendMultipartBytes(frames);
        }
    }

    private void Drain(NetMQQueue<OutboundFrames> queue)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Flushed is { } flushed)
            {
                flushed.TrySetResult();
                continue;
            }

            try
            {
                if (!_sockets.For(item.Channel).TrySendMultipartBytes(item.Frames))
                {
                    _logger.Log(KernelLogLevel.Warning, $"Dropped an outgoing {item.Channel} message: the socket would block.");
                }
            }
            catch (HostUnreachableException)
            {
                _logger.Log(
                    KernelLogLevel.Warning,
                    $"Dropped an outgoing {item.Channel} message: its client is not connected on {item.Channel}."
                );
            }
            catch (Exception ex)
            {
                _logger.Log(KernelLogLevel.Error, $"Failed to send a {item.Channel} message: {ex}");
            }
        }
    }
}
