using System.Text;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Messaging;

namespace AmazonSalesRegression.Kernel.Tests.Messaging;

public sealed class MessageFactoryTests
{
    [Fact]
    public void A_new_header_has_a_uuid_the_session_a_utc_date_with_z_and_version_5_3()
    {
        // Given
        var factory = new MessageFactory("kernel-session", "kernel");

        // When
        var header = JsonNode.Parse(factory.Create("status", new { execution_state = "busy" }, null, []).Header)!;

        // Then
        Assert.True(Guid.TryParse(header["msg_id"]!.GetValue<string>(), out _));
        Assert.Equal("status", header["msg_type"]!.GetValue<string>());
        Assert.Equal("kernel-session", header["session"]!.GetValue<string>());
        Assert.Equal("kernel", header["username"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$", header["date"]!.GetValue<string>());
        Assert.Equal("5.3", header["version"]!.GetValue<string>());
    }

    [Fact]
    public void A_reply_echoes_the_request_header_bytes_as_its_parent_header()
    {
        // Given
        var factory = new MessageFactory("kernel-session", "kernel");
        var requestHeader = Encoding.UTF8.GetBytes(
            """{"msg_id": "r1", "msg_type": "kernel_info_request", "session": "c", "subshell_id": null}"""
        );
        var request = JupyterMessage.Parse(new WireMessage([], requestHeader, "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), []));

        // When
        var reply = factory.Create("kernel_info_reply", new { status = "ok" }, request, request.Wire.Identities);

        // Then
        Assert.Equal(requestHeader, reply.ParentHeader);
        Assert.Equal("{}", Encoding.UTF8.GetString(reply.Metadata));
    }

    [Fact]
    public void An_unsolicited_message_has_an_empty_parent_header()
    {
        // Given
        var factory = new MessageFactory("kernel-session", "kernel");

        // When
        var message = factory.Create("status", new { execution_state = "starting" }, null, []);

        // Then
        Assert.Equal("{}", Encoding.UTF8.GetString(message.ParentHeader));
    }

    [Fact]
    public void A_received_header_with_null_or_missing_optional_members_still_parses()
    {
        // Given
        var header = Encoding.UTF8.GetBytes("""{"msg_id": "m1", "msg_type": "execute_request", "username": null, "date": 12}""");

        // When
        var message = JupyterMessage.Parse(new WireMessage([], header, "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), []));

        // Then
        Assert.Equal(new MessageHeader("m1", "execute_request"), message.Header);
    }

    [Fact]
    public void A_received_header_without_a_msg_type_is_refused()
    {
        // Given
        var header = Encoding.UTF8.GetBytes("""{"msg_id": "m1"}""");

        // When
        var error = Record.Exception(() =>
            JupyterMessage.Parse(new WireMessage([], header, "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray(), []))
        );

        // Then
        Assert.IsType<System.Text.Json.JsonException>(error);
    }
}
