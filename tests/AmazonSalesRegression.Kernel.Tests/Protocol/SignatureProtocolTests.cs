using System.Text;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>The running kernel drops messages that fail verification, logs them, and keeps serving.</summary>
public sealed class SignatureProtocolTests
{
    [Fact]
    public async Task A_request_signed_with_the_wrong_key_is_dropped_and_logged()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var forger = new WireCodec(new MessageSigner("wrong-key"));
        var forged = forger.Encode(kernel.Client.Factory.Create(MessageTypes.ExecuteRequest, new { code = "print pwned" }, null, []));

        // When
        kernel.Client.SendFrames(KernelChannel.Shell, forged);
        var info = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal("kernel_info_reply", info.MsgType);
        Assert.True(kernel.Log.WaitFor("Dropped a Shell message: invalid signature"));
        Assert.Equal(0, kernel.Sessions.Latest.ExecutionCount);
    }

    [Fact]
    public async Task An_unsigned_request_is_dropped_and_logged()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var frames = kernel.Client.Codec.Encode(
            kernel.Client.Factory.Create(MessageTypes.ExecuteRequest, new { code = "print pwned" }, null, [])
        );
        frames[1] = [];

        // When
        kernel.Client.SendFrames(KernelChannel.Control, frames);
        var info = kernel.Client.Request(KernelChannel.Control, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal("kernel_info_reply", info.MsgType);
        Assert.True(kernel.Log.WaitFor("Dropped a Control message: unsigned message"));
        Assert.Equal(0, kernel.Sessions.Latest.ExecutionCount);
    }

    [Fact]
    public async Task A_request_with_tampered_content_is_dropped()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var frames = kernel.Client.Codec.Encode(
            kernel.Client.Factory.Create(MessageTypes.ExecuteRequest, new { code = "print harmless" }, null, [])
        );
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"print tampered"}""");

        // When
        kernel.Client.SendFrames(KernelChannel.Shell, frames);
        var info = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal("kernel_info_reply", info.MsgType);
        Assert.True(kernel.Log.WaitFor("invalid signature"));
        Assert.Equal(0, kernel.Sessions.Latest.ExecutionCount);
    }

    [Fact]
    public async Task Garbage_frames_are_dropped_and_logged()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        kernel.Client.SendFrames(KernelChannel.Shell, [Encoding.ASCII.GetBytes("hello"), Encoding.ASCII.GetBytes("world")]);
        var info = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal("kernel_info_reply", info.MsgType);
        Assert.True(kernel.Log.WaitFor("no <IDS|MSG> delimiter"));
    }
}
