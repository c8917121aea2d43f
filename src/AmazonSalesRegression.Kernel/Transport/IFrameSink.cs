namespace AmazonSalesRegression.Kernel.Transport;

/// <summary>Accepts outgoing frames from any thread; the implementation owns the sockets and sends in call order.</summary>
internal interface IFrameSink
{
    /// <summary>Queues <paramref name="frames"/> (routing identities or iopub topic first) for <paramref name="channel"/>.</summary>
    void Send(KernelChannel channel, IReadOnlyList<byte[]> frames);
}
