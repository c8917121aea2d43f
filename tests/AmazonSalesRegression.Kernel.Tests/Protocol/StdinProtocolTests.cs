using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>input_request / input_reply on the stdin channel.</summary>
public sealed class StdinProtocolTests
{
    [Fact]
    public async Task A_cell_reading_input_sends_input_request_to_the_client_and_uses_its_reply()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var cell = kernel.Client.SendExecute("input Your name?");

        // When
        var request = kernel.Client.Receive(KernelChannel.Stdin);
        kernel.Client.Send(KernelChannel.Stdin, MessageTypes.InputReply, new() { ["value"] = "Ada" }, parent: request);
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, cell);
        var iopub = kernel.Client.IOPubFor(cell);

        // Then
        Assert.Equal("input_request", request.MsgType);
        Assert.Equal("Your name?", request.Content["prompt"]!.GetValue<string>());
        Assert.False(request.Content["password"]!.GetValue<bool>());
        Assert.Equal(cell, TestClient.ParentId(request));
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("got Ada\n", iopub.Single(m => m.MsgType == "stream").Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reading_input_when_the_client_disallows_stdin_fails_the_cell()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, _) = kernel.Client.Execute("input Your name?", new() { ["allow_stdin"] = false });

        // Then
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException", reply.Content["ename"]!.GetValue<string>());
        Assert.Contains("allow_stdin", reply.Content["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupt_while_waiting_for_input_ends_the_cell()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var cell = kernel.Client.SendExecute("input Never answered?");
        kernel.Client.Receive(KernelChannel.Stdin);

        // When
        kernel.Client.Request(KernelChannel.Control, MessageTypes.InterruptRequest, []);
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, cell);

        // Then
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("ok", kernel.Client.Execute("result next").Reply.Content["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_input_reply_to_an_unknown_request_is_ignored()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        kernel.Client.Send(KernelChannel.Stdin, MessageTypes.InputReply, new() { ["value"] = "stray" });

        // Then
        Assert.True(kernel.Log.WaitFor("Ignored an input_reply"));
        Assert.Equal("ok", kernel.Client.Execute("result fine").Reply.Content["status"]!.GetValue<string>());
    }
}
