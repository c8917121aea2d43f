using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Support;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Protocol;

/// <summary>complete, inspect and is_complete requests.</summary>
public sealed class IntrospectionProtocolTests
{
    [Fact]
    public async Task Complete_reply_lists_matches_and_the_range_to_replace()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(
            KernelChannel.Shell,
            MessageTypes.CompleteRequest,
            new() { ["code"] = "var x = Con", ["cursor_pos"] = 11 }
        );

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.Equal(["Console", "Convert"], reply.Content["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(8, reply.Content["cursor_start"]!.GetValue<int>());
        Assert.Equal(11, reply.Content["cursor_end"]!.GetValue<int>());
        Assert.Empty(reply.Content["metadata"]!.AsObject());
    }

    [Fact]
    public async Task Cursor_positions_are_code_points_even_after_an_emoji()
    {
        // Given
        await using var kernel = RunningKernel.Start();
        const string code = "// 😀\nCon";

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.CompleteRequest, new() { ["code"] = code, ["cursor_pos"] = 8 });

        // Then
        Assert.Equal(2, reply.Content["matches"]!.AsArray().Count);
        Assert.Equal(5, reply.Content["cursor_start"]!.GetValue<int>());
        Assert.Equal(8, reply.Content["cursor_end"]!.GetValue<int>());
    }

    [Fact]
    public async Task Inspect_reply_carries_the_documentation_bundle_when_found()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(
            KernelChannel.Shell,
            MessageTypes.InspectRequest,
            new()
            {
                ["code"] = "Console",
                ["cursor_pos"] = 3,
                ["detail_level"] = 0,
            }
        );

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.True(reply.Content["found"]!.GetValue<bool>());
        Assert.Equal("class System.Console", reply.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.NotNull(reply.Content["metadata"]);
    }

    [Fact]
    public async Task Inspect_reply_says_not_found_with_empty_data()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.InspectRequest, new() { ["code"] = "x", ["cursor_pos"] = 1 });

        // Then
        Assert.Equal("ok", reply.Content["status"]!.GetValue<string>());
        Assert.False(reply.Content["found"]!.GetValue<bool>());
        Assert.Empty(reply.Content["data"]!.AsObject());
    }

    [Fact]
    public async Task Is_complete_reports_incomplete_code_with_an_indent()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.IsCompleteRequest, new() { ["code"] = "if (x) {" });

        // Then
        Assert.Equal("incomplete", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("    ", reply.Content["indent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Is_complete_reports_complete_code_without_an_indent()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.IsCompleteRequest, new() { ["code"] = "var x = 1;" });

        // Then
        Assert.Equal("complete", reply.Content["status"]!.GetValue<string>());
        Assert.Null(reply.Content["indent"]);
    }

    [Fact]
    public async Task A_request_with_malformed_content_gets_an_error_reply_and_the_kernel_survives()
    {
        // Given
        await using var kernel = RunningKernel.Start();

        // When
        var reply = kernel.Client.Request(KernelChannel.Shell, MessageTypes.CompleteRequest, new() { ["cursor_pos"] = 1 });
        var next = kernel.Client.Request(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);

        // Then
        Assert.Equal("complete_reply", reply.MsgType);
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("JsonException", reply.Content["ename"]!.GetValue<string>());
        Assert.Equal("ok", next.Content["status"]!.GetValue<string>());
    }
}
