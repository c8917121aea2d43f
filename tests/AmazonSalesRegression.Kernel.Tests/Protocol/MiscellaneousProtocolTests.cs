using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>history, comms, debug and unknown message types.</summary>
public sealed class MiscellaneousProtocolTests
{
    [Fact]
    public async Task History_tail_returns_the_stored_cells_as_session_line_input_triples()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        kernel.Client.Execute("print one");
        kernel.Client.Execute("print secret", new() { ["store_history"] = false });
        kernel.Client.Execute("print three");

        // When
        var reply = kernel.Client.Request(
            KernelChannel.Shell,
            MessageTypes.HistoryRequest,
            new()
            {
                ["hist_access_type"] = "tail",
                ["n"] = 10,
                ["output"] = false,
                ["raw"] = true,
            }
        );

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(["[1,1,\"print one\"]", "[1,2,\"print three\"]"], reply.Content["history"]!.AsArray().Select(e => e!.ToJsonString()));
    }

    [Fact]
    public async Task History_search_finds_cells_by_glob()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        kernel.Client.Execute("print apples");
        kernel.Client.Execute("result pears");

        // When
        var reply = kernel.Client.Request(
            KernelChannel.Shell,
            MessageTypes.HistoryRequest,
            new()
            {
                ["hist_access_type"] = "search",
                ["pattern"] = "print*",
                ["output"] = false,
                ["raw"] = true,
            }
        );

        // Then
        var entry = Assert.Single(reply.Content["history"]!.AsArray());
        Assert.Equal("print apples", entry![2]!.GetValue<string>());
    }

    [Fact]
    public async Task Comm_info_reply_lists_no_comms()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.CommInfoRequest, new() { ["target_name"] = "jupyter.widget" });

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Empty(reply.Content["comms"]!.AsObject());
    }

    [Fact]
    public async Task Comm_open_for_an_unknown_target_is_closed_at_once_on_iopub()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var id = kernel.Client.Send(
            KernelChannel.Shell,
            MessageTypes.CommOpen,
            new()
            {
                ["comm_id"] = "c-1",
                ["target_name"] = "jupyter.widget",
                ["data"] = new System.Text.Json.Nodes.JsonObject(),
            }
        );
        var iopub = kernel.Client.IOPubFor(id);

        // Then
        Assert.Equal(["status:busy", "comm_close", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("c-1", iopub[1].Content["comm_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Comm_msg_and_comm_close_are_accepted_without_a_reply()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var message = kernel.Client.Send(
            KernelChannel.Shell,
            MessageTypes.CommMsg,
            new() { ["comm_id"] = "c-9", ["data"] = new System.Text.Json.Nodes.JsonObject() }
        );
        var close = kernel.Client.Send(KernelChannel.Shell, MessageTypes.CommClose, new() { ["comm_id"] = "c-9" });
        var info = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(kernel.Client.IOPubFor(message)));
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(kernel.Client.IOPubFor(close)));
        Assert.Equal("kernel_info_reply", info.MsgType);
    }

    [Fact]
    public async Task Debug_request_gets_a_failed_debug_reply()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(
            KernelChannel.Control,
            MessageTypes.DebugRequest,
            new()
            {
                ["type"] = "request",
                ["seq"] = 7,
                ["command"] = "initialize",
                ["arguments"] = new System.Text.Json.Nodes.JsonObject(),
            }
        );

        // Then
        Assert.Equal("debug_reply", reply.MsgType);
        Assert.False(reply.Content["success"]!.GetValue<bool>());
        Assert.Equal(7, reply.Content["request_seq"]!.GetValue<int>());
        Assert.Equal("initialize", reply.Content["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_message_type_is_logged_wrapped_in_status_and_not_answered()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var id = kernel.Client.Send(KernelChannel.Shell, "usage_request", []);
        var iopub = kernel.Client.IOPubFor(id);
        var info = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("kernel_info_reply", info.MsgType);
        Assert.True(kernel.Log.WaitFor("unknown type 'usage_request'"));
    }
}
