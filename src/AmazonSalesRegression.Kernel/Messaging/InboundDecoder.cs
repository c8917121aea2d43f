using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// Turns the frames received on a channel into a verified, parsed message, or logs why they were dropped: a missing
/// delimiter or frame, an absent or wrong signature, or a JSON frame that is not an object (or a header without
/// <c>msg_id</c>/<c>msg_type</c>). It never throws for what a client sends.
/// </summary>
internal sealed class InboundDecoder(WireCodec codec, IKernelLogger logger)
{
    /// <summary>Decodes <paramref name="frames"/> received on <paramref name="channel"/>; false (and a warning logged) if they are dropped.</summary>
    public bool TryDecode(KernelChannel channel, IReadOnlyList<byte[]> frames, [NotNullWhen(true)] out JupyterMessage? message)
    {
        message = null;
        if (!codec.TryDecode(frames, out var wire, out var problem))
        {
            logger.Log(KernelLogLevel.Warning, $"Dropped a {channel} message: {problem}.");
            return false;
        }

        try
        {
            message = JupyterMessage.Parse(wire!);
            return true;
        }
        catch (JsonException ex)
        {
            logger.Log(KernelLogLevel.Warning, $"Dropped a {channel} message: {ex.Message}");
            return false;
        }
    }
}
