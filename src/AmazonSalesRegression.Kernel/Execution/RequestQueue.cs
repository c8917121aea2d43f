using System.Threading.Channels;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// Requests in arrival order, served by one reader, so that cells run one at a time and in order.
/// <see cref="AbortQueued"/> marks everything received so far as aborted (ipykernel's <c>stop_on_error</c>):
/// the reader then answers those execute requests with status <c>aborted</c> instead of running them.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Channel<QueuedRequest> _channel = Channel.CreateUnbounded<QueuedRequest>(
        new UnboundedChannelOptions { SingleReader = true }
    );

    private readonly Lock _lock = new();
    private long _received;
    private long _abortedThrough;

    /// <summary>Adds a request; false once the queue is completed.</summary>
    public bool Enqueue(JupyterMessage request, KernelChannel channel)
    {
        lock (_lock)
        {
            return _channel.Writer.TryWrite(new QueuedRequest(request, channel, ++_received));
        }
    }

    /// <summary>Marks every request received so far, and not yet served, as aborted.</summary>
    public void AbortQueued()
    {
        lock (_lock)
        {
            _abortedThrough = _received;
        }
    }

    /// <summary>Whether <paramref name="item"/> arrived before the last <see cref="AbortQueued"/>.</summary>
    public bool IsAborted(QueuedRequest item)
    {
        lock (_lock)
        {
            return item.Sequence <= _abortedThrough;
        }
    }

    /// <summary>The requests, as they arrive, until the queue is completed or <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<QueuedRequest> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Refuses further requests.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
