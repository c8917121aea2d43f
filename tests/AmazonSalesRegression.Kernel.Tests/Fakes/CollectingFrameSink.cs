using System.Collections.Concurrent;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Fakes;

/// <summary>Keeps every outgoing message instead of sending it.</summary>
internal sealed class CollectingFrameSink : IFrameSink
{
    public ConcurrentQueue<(KernelChannel Channel, IReadOnlyList<byte[]> Frames)> Sent { get; } = new();

    public void Send(KernelChannel channel, IReadOnlyList<byte[]> frames) => Sent.Enqueue((channel, frames));
}
