using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>Failing cells: error messages and replies, engine faults, and stop_on_error aborting the queue.</summary>
public sealed class ExecuteErrorProtocolTests
{
    [Fact]
    public async Task A_failing_cell_publishes_an_error_between_input_and_idle_and_replies_with_status_error()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, iopub) = kernel.Client.Execute("print before\nfail boom");

        // Then
        Assert.Equal(["status:busy", "execute_input", "stream", "error", "status:idle"], TestClient.Types(iopub));
        var error = iopub[3].Content;
        Assert.Equal("InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Equal("boom", error["evalue"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException: boom", error["traceback"]![0]!.GetValue<string>());
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException", reply.Content["ename"]!.GetValue<string>());
        Assert.Equal("boom", reply.Content["evalue"]!.GetValue<string>());
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_compile_error_is_reported_with_its_location_in_the_value()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, _) = kernel.Client.Execute("nosuchname");

        // Then
        Assert.Equal("CompilationError", reply.Content["ename"]!.GetValue<string>());
        Assert.StartsWith("(1,1): error CS0103", reply.Content["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_fault_becomes_an_error_reply_and_the_kernel_keeps_serving()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, iopub) = kernel.Client.Execute("crash");
        var next = kernel.Client.Execute("result still alive");

        // Then
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException", reply.Content["ename"]!.GetValue<string>());
        Assert.Equal(
            "InvalidOperationException: engine fault",
            Assert.Single(iopub, m => m.MsgType == "error").Content["traceback"]![0]!.GetValue<string>()
        );
        Assert.Equal("ok", next.Reply.Content["status"]!.GetValue<string>());
        Assert.True(kernel.Log.WaitFor("The engine failed while running a cell"));
    }

    [Fact]
    public async Task After_a_failure_with_stop_on_error_the_already_queued_cells_are_aborted()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var failing = kernel.Client.SendExecute("hold\nfail boom");
        var queued1 = kernel.Client.SendExecute("print never");
        var queued2 = kernel.Client.SendExecute("print never either");
        Assert.True(kernel.Log.WaitFor($"Routed execute_request {queued2}"));

        // When
        kernel.Sessions.Latest.Release();
        var failed = kernel.Client.ReplyTo(KernelChannel.Shell, failing);
        var aborted1 = kernel.Client.ReplyTo(KernelChannel.Shell, queued1);
        var aborted2 = kernel.Client.ReplyTo(KernelChannel.Shell, queued2);
        var abortedStatus = kernel.Client.IOPubFor(queued1);
        var later = kernel.Client.Execute("result runs again");

        // Then
        Assert.Equal("error", failed.Content["status"]!.GetValue<string>());
        Assert.Equal("aborted", aborted1.Content["status"]!.GetValue<string>());
        Assert.Equal("aborted", aborted2.Content["status"]!.GetValue<string>());
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(abortedStatus));
        Assert.Equal("ok", later.Reply.Content["status"]!.GetValue<string>());
        Assert.Equal(2, kernel.Sessions.Latest.ExecutionCount);
    }

    [Fact]
    public async Task Without_stop_on_error_the_queued_cells_still_run()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var failing = kernel.Client.SendExecute("hold\nfail boom", new() { ["stop_on_error"] = false });
        var queued = kernel.Client.SendExecute("result ran");
        Assert.True(kernel.Log.WaitFor($"Routed execute_request {queued}"));

        // When
        kernel.Sessions.Latest.Release();
        kernel.Client.ReplyTo(KernelChannel.Shell, failing);
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, queued);

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_execute_requests_are_aborted_other_queued_requests_are_answered()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var failing = kernel.Client.SendExecute("hold\nfail boom");
        var info = kernel.Client.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);
        Assert.True(kernel.Log.WaitFor($"Routed kernel_info_request {info}"));

        // When
        kernel.Sessions.Latest.Release();
        kernel.Client.ReplyTo(KernelChannel.Shell, failing);
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, info);

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
    }
}
