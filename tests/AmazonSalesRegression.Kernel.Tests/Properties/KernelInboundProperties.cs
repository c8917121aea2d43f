using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Kernel.Tests.Properties;

/// <summary>
/// Whatever frames arrive, the kernel's receiving path (decoder and dispatcher) drops or answers them without
/// throwing, logs what it dropped, and still answers a following valid <c>kernel_info_request</c>.
/// </summary>
public sealed class KernelInboundProperties
{
    [Property(MaxTest = 300, Replay = "(160481183,160481219)")]
    public Property Random_frames_are_dropped_or_handled_and_kernel_info_still_answers() =>
        Prop.ForAll(
            Gen.Elements(KernelChannel.Shell, KernelChannel.Control, KernelChannel.Stdin).ToArbitrary(),
            WireFrameGen.Message.ToArbitrary(),
            (channel, frames) =>
            {
                // Given a kernel
                var kernel = new InProcessKernel();
                try
                {
                    // When random frames arrive, then a valid kernel_info_request
                    var accepted = kernel.ReceiveAsync(channel, frames).GetAwaiter().GetResult();
                    var info = InProcessKernel.ClientCodec.Encode(
                        new MessageFactory("client", "student").Create(MessageTypes.KernelInfoRequest, new { }, null, [[9]])
                    );
                    var infoAccepted = kernel.ReceiveAsync(KernelChannel.Shell, info).GetAwaiter().GetResult();

                    // Then nothing threw, a dropped message was logged, and kernel_info is answered
                    Assert.True(accepted || kernel.Log.Entries.Any(e => e.Message.StartsWith($"Dropped a {channel} message", StringComparison.Ordinal)));
                    Assert.True(infoAccepted);
                    Assert.Equal("kernel_info_reply", kernel.SentTypes(KernelChannel.Shell)[^1]);
                }
                finally
                {
                    kernel.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
        );
}
