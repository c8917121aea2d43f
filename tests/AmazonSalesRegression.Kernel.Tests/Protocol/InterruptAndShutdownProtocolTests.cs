using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>Control-channel life cycle: interrupt a running cell, restart the session, shut down.</summary>
public sealed class InterruptAndShutdownProtocolTests
{
    [Fact]
    public async Task Interrupt_on_control_cancels_a_blocking_cell_which_then_reports_an_error()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var cell = kernel.Client.SendExecute("print started\nblock");
        WaitForStream(kernel.Client, "started\n");

        // When
        var interrupt = kernel.Client.Request(KernelChannel.Control, MessageTypes.InterruptRequest, []);
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, cell);

        // Then
        Assert.Equal("interrupt_reply", interrupt.MsgType);
        Assert.Equal("ok", interrupt.Content["status"]!.GetValue<string>());
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("OperationCanceledException", reply.Content["ename"]!.GetValue<string>());
        var rest = kernel.Client.IOPubFor(cell);
        Assert.Equal(["error", "status:idle"], TestClient.Types(rest));
    }

    [Fact]
    public async Task Interrupt_with_nothing_running_is_answered_and_harmless()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var interrupt = kernel.Client.Request(KernelChannel.Control, MessageTypes.InterruptRequest, []);
        var (reply, _) = kernel.Client.Execute("result fine");

        // Then
        Assert.Equal("ok", interrupt.Content["status"]!.GetValue<string>());
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shutdown_with_restart_replaces_the_session_and_keeps_serving()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        kernel.Client.Execute("print x");
        var first = kernel.Sessions.Latest;

        // When
        var id = kernel.Client.Send(KernelChannel.Control, MessageTypes.ShutdownRequest, new() { ["restart"] = true });
        var reply = kernel.Client.ReplyTo(KernelChannel.Control, id);
        var iopub = kernel.Client.IOPubFor(id);
        var (after, _) = kernel.Client.Execute("result fresh");

        // Then
        Assert.Equal("shutdown_reply", reply.MsgType);
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.True(reply.Content["restart"]!.GetValue<bool>());
        Assert.Equal(["status:busy", "shutdown_reply", "status:idle"], TestClient.Types(iopub));
        Assert.True(first.IsDisposed);
        Assert.Equal(2, kernel.Sessions.Created.Count);
        await kernel.Sessions.Latest.WarmUpStarted.Task.WaitAsync(TestClient.Timeout);
        Assert.Equal(1, after.Content["execution_count"]!.GetValue<int>());
        Assert.False(kernel.Run.IsCompleted);
    }

    [Fact]
    public async Task Restart_during_a_blocking_cell_interrupts_it_first()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var cell = kernel.Client.SendExecute("print started\nblock");
        WaitForStream(kernel.Client, "started\n");

        // When
        var restart = kernel.Client.Request(KernelChannel.Control, MessageTypes.ShutdownRequest, new() { ["restart"] = true });
        var cellReply = kernel.Client.ReplyTo(KernelChannel.Shell, cell);

        // Then
        Assert.Equal("ok", restart.Content["status"]!.GetValue<string>());
        Assert.Equal("error", cellReply.Content["status"]!.GetValue<string>());
        Assert.Equal(2, kernel.Sessions.Created.Count);
    }

    [Fact]
    public async Task Shutdown_without_restart_replies_and_then_the_kernel_stops()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Control, MessageTypes.ShutdownRequest, new() { ["restart"] = false });

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.False(reply.Content["restart"]!.GetValue<bool>());
        Assert.True(kernel.StopsWithinTimeout());
        Assert.True(kernel.Sessions.Latest.IsDisposed);
    }

    [Fact]
    public async Task Shutdown_on_shell_is_honoured_for_old_clients()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.ShutdownRequest, []);

        // Then
        Assert.Equal("shutdown_reply", reply.MsgType);
        Assert.True(kernel.StopsWithinTimeout());
    }

    [Fact]
    public async Task With_exit_on_restart_a_restart_request_stops_the_process_for_the_client_to_relaunch()
    {
        // Given
        await using var kernel = RunningKernel.Start(o => o with { ExitOnRestart = true });

        // When
        var reply = kernel.Client.Request(KernelChannel.Control, MessageTypes.ShutdownRequest, new() { ["restart"] = true });

        // Then
        Assert.True(reply.Content["restart"]!.GetValue<bool>());
        Assert.True(kernel.StopsWithinTimeout());
        Assert.Single(kernel.Sessions.Created);
    }

    private static void WaitForStream(TestClient client, string text)
    {
        while (true)
        {
            var message = client.Receive(KernelChannel.IOPub);
            if (message.MsgType == "stream" && message.Content["text"]!.GetValue<string>() == text)
            {
                return;
            }
        }
    }
}
