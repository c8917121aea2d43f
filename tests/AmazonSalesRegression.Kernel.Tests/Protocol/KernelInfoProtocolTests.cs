using System.Text;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>kernel_info, heartbeat and the status envelope, over real sockets.</summary>
public sealed class KernelInfoProtocolTests
{
    [Fact]
    public async Task Kernel_info_reply_describes_the_csharp_kernel_for_protocol_5_3()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        var content = reply.Content;
        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.Equal("ok", content["status"]!.GetValue<string>());
        Assert.Equal("5.3", content["protocol_version"]!.GetValue<string>());
        Assert.Equal("amazon-sales-csharp", content["implementation"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(content["implementation_version"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(content["banner"]!.GetValue<string>()));
        Assert.NotEmpty(content["help_links"]!.AsArray());
        Assert.False(content["debugger"]!.GetValue<bool>());
        var language = content["language_info"]!;
        Assert.Equal("csharp", language["name"]!.GetValue<string>());
        Assert.Equal("14.0", language["version"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", language["mimetype"]!.GetValue<string>());
        Assert.Equal(".cs", language["file_extension"]!.GetValue<string>());
        Assert.Equal("csharp", language["pygments_lexer"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", language["codemirror_mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_reply_header_is_a_complete_5_3_header_parented_to_its_request()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var id = kernel.Client.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // When
        var reply = kernel.Client.ReplyTo(KernelChannel.Shell, id);

        // Then
        Assert.True(Guid.TryParse(reply.Header.MsgId, out _));
        Assert.Equal("5.3", reply.Header.Version);
        Assert.EndsWith("Z", reply.Header.Date, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reply.Header.Session));
        Assert.Equal("kernel_info_request", reply.ParentHeader["msg_type"]!.GetValue<string>());
        Assert.Equal("test-client-session", reply.ParentHeader["session"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_shell_request_is_wrapped_in_busy_and_idle_on_iopub()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var id = kernel.Client.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // When
        kernel.Client.ReplyTo(KernelChannel.Shell, id);
        var iopub = kernel.Client.IOPubFor(id);

        // Then
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(iopub));
    }

    [Fact]
    public async Task Kernel_info_on_control_is_answered_on_control_between_busy_and_idle()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var id = kernel.Client.Send(KernelChannel.Control, MessageTypes.KernelInfoRequest, []);

        // When
        var reply = kernel.Client.ReplyTo(KernelChannel.Control, id);
        var iopub = kernel.Client.IOPubFor(id);

        // Then
        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.Equal(["status:busy", "status:idle"], TestClient.Types(iopub));
    }

    [Fact]
    public async Task The_heartbeat_echoes_what_it_receives()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        var ping = Encoding.ASCII.GetBytes("ping-42");

        // When
        var echo = kernel.Client.Ping(ping);

        // Then
        Assert.Equal(ping, echo);
    }

    [Fact]
    public async Task The_first_session_starts_warming_up_before_any_request_needs_it()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var session = Assert.Single(kernel.Sessions.Created);

        // Then
        await session.WarmUpStarted.Task.WaitAsync(TestClient.Timeout);
        Assert.Equal(0, session.ExecutionCount);
    }

    [Fact]
    public async Task With_an_empty_key_the_kernel_accepts_unsigned_requests_and_sends_unsigned_replies()
    {
        // Given
        await using var kernel = RunningKernel.Start(key: "");

        // When
        kernel.Client.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);
        var frames = kernel.Client.ReceiveFrames(KernelChannel.Shell);

        // Then
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[0]));
        Assert.Empty(frames[1]);
        Assert.Contains("kernel_info_reply", Encoding.UTF8.GetString(frames[2]), StringComparison.Ordinal);
    }
}
