namespace AmazonSalesRegression.Kernel.Transport;

/// <summary>
/// One item of the transport's send queue: frames for a channel, or (with <see cref="Flushed"/> set and no frames)
/// a marker that completes once everything queued before it has been handed to its socket.
/// </summary>
internal sealed record OutboundFrames(KernelChannel Channel, IReadOnlyList<byte[]> Frames, TaskCompletionSource? Flushed = null);
