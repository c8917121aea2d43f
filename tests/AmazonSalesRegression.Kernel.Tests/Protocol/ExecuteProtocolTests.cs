using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Tests.Support;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>execute_request over real sockets: iopub order, replies, display updates, silent.</summary>
public sealed class ExecuteProtocolTests
{
    [Fact]
    public async Task A_successful_cell_publishes_busy_input_stream_display_result_idle_in_that_order()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, iopub) = kernel.Client.Execute("print hello\ndisplay - chart\nresult 42");

        // Then
        Assert.Equal(["status:busy", "execute_input", "stream", "display_data", "execute_result", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("print hello\ndisplay - chart\nresult 42", iopub[1].Content["code"]!.GetValue<string>());
        Assert.Equal(1, iopub[1].Content["execution_count"]!.GetValue<int>());
        Assert.Equal("stdout", iopub[2].Content["name"]!.GetValue<string>());
        Assert.Equal("hello\n", iopub[2].Content["text"]!.GetValue<string>());
        Assert.Equal("chart", iopub[3].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Null(iopub[3].Content["transient"]);
        Assert.Equal(1, iopub[4].Content["execution_count"]!.GetValue<int>());
        Assert.Equal("42", iopub[4].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Empty(reply.Content["user_expressions"]!.AsObject());
    }

    [Fact]
    public async Task Execution_counts_grow_by_one_per_cell()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        kernel.Client.Execute("print first");

        // When
        var (reply, iopub) = kernel.Client.Execute("result second");

        // Then
        Assert.Equal(2, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(2, iopub.Single(m => m.MsgType == "execute_input").Content["execution_count"]!.GetValue<int>());
        Assert.Equal(2, iopub.Single(m => m.MsgType == "execute_result").Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Standard_error_is_published_as_the_stderr_stream()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (_, iopub) = kernel.Client.Execute("eprint careful");

        // Then
        var stream = Assert.Single(iopub, m => m.MsgType == "stream");
        Assert.Equal("stderr", stream.Content["name"]!.GetValue<string>());
        Assert.Equal("careful\n", stream.Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_updatable_display_carries_its_display_id_in_transient_and_updates_use_update_display_data()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (_, iopub) = kernel.Client.Execute("display progress 10%\nupdate progress 100%");

        // Then
        Assert.Equal(["status:busy", "execute_input", "display_data", "update_display_data", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("progress", iopub[2].Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("progress", iopub[3].Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("100%", iopub[3].Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_iopub_message_of_a_cell_has_the_execute_request_as_parent()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var id = kernel.Client.SendExecute("print a\nresult b");
        var iopub = kernel.Client.IOPubFor(id);

        // Then
        Assert.All(iopub, m => Assert.Equal("execute_request", m.ParentHeader["msg_type"]!.GetValue<string>()));
        Assert.Equal(5, iopub.Count);
    }

    [Fact]
    public async Task A_silent_cell_publishes_only_its_status_and_still_replies()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, iopub) = kernel.Client.Execute("print hidden\nresult 1", new() { ["silent"] = true });

        // Then
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cell_s_outputs_name_the_client_session_as_their_page_and_a_silent_cell_s_name_none()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        kernel.Client.Execute("frontend");
        kernel.Client.Execute("frontend", new() { ["silent"] = true });

        // Then the engine sends per-page resources (Plotly.js) once per client session, never to a silent request
        Assert.Equal(["test-client-session", null], kernel.Sessions.Latest.FrontEnds);
    }

    [Theory]
    [InlineData("silent")]
    [InlineData("store_history")]
    public async Task Cells_that_store_no_history_leave_the_execution_count_alone(string flag)
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var (first, _) = kernel.Client.Execute("result 1");
        var uncounted = flag == "silent" ? new JsonObject { ["silent"] = true } : new JsonObject { ["store_history"] = false };

        // When
        var (quiet, quietIopub) = kernel.Client.Execute("result 2", uncounted);
        var (next, _) = kernel.Client.Execute("result 3");

        // Then
        var count = first.Content["execution_count"]!.GetValue<int>();
        Assert.Equal(count, quiet.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(count + 1, next.Content["execution_count"]!.GetValue<int>());
        if (flag == "store_history")
        {
            var input = Assert.Single(quietIopub, m => m.Header.MsgType == "execute_input");
            Assert.Equal(count, input.Content["execution_count"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task An_empty_cell_succeeds_without_a_result()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var (reply, iopub) = kernel.Client.Execute("");

        // Then
        Assert.Equal(["status:busy", "execute_input", "status:idle"], TestClient.Types(iopub));
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
    }
}
