using System.Text;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Tests.Fakes;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Messaging;

/// <summary>Regressions found by the inbound properties: a JSON frame naming a member twice is dropped and logged, not thrown.</summary>
public sealed class InboundDecoderTests
{
    private const string Key = "decoder-key";

    [Theory]
    [InlineData("""{"msg_id":"1","msg_type":"kernel_info_request","version":"5.3","version":"5.4"}""", "{}")]
    [InlineData("""{"msg_id":"1","msg_type":"execute_request"}""", """{"code":"print a","code":"print b"}""")]
    [InlineData("""{"msg_id":"1","msg_type":"execute_request"}""", """{"user_expressions":{"x":"1","x":"2"}}""")]
    public void A_frame_with_a_duplicated_member_is_dropped_and_logged(string header, string content)
    {
        // Given a correctly signed message whose header or content names a member twice
        // (it used to escape as ArgumentException from the JSON object)
        var log = new CollectingLogger();
        var codec = new WireCodec(new MessageSigner(Key));
        var frames = codec.Encode(new WireMessage([], Bytes(header), Bytes("{}"), Bytes("{}"), Bytes(content), []));

        // When it is decoded
        var accepted = new InboundDecoder(codec, log).TryDecode(KernelChannel.Shell, frames, out var message);

        // Then it is dropped with a logged reason
        Assert.False(accepted);
        Assert.Null(message);
        Assert.Contains(log.Entries, e => e.Message.StartsWith("Dropped a Shell message:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frame_with_invalid_UTF8_in_a_string_is_dropped_and_logged()
    {
        // Given a correctly signed message whose content has a lone 0xC3 byte inside a string
        // (it used to escape as InvalidOperationException when the string was read)
        var log = new CollectingLogger();
        var codec = new WireCodec(new MessageSigner(Key));
        byte[] content = [.. Bytes("{\"code\":\""), 0xC3, .. Bytes("\"}")];
        var frames = codec.Encode(new WireMessage([], Bytes("""{"msg_id":"1","msg_type":"execute_request"}"""), Bytes("{}"), Bytes("{}"), content, []));

        // When it is decoded
        var accepted = new InboundDecoder(codec, log).TryDecode(KernelChannel.Control, frames, out _);

        // Then it is dropped with a logged reason
        Assert.False(accepted);
        Assert.Contains(log.Entries, e => e.Message == "Dropped a Control message: The content frame is not valid UTF-8.");
    }

    [Fact]
    public void A_correctly_signed_message_is_decoded()
    {
        // Given a valid message / When it is decoded / Then it is accepted with its type
        var codec = new WireCodec(new MessageSigner(Key));
        var frames = codec.Encode(new WireMessage([], Bytes("""{"msg_id":"1","msg_type":"kernel_info_request"}"""), Bytes("{}"), Bytes("{}"), Bytes("{}"), []));
        Assert.True(new InboundDecoder(codec, new CollectingLogger()).TryDecode(KernelChannel.Shell, frames, out var message));
        Assert.Equal("kernel_info_request", message.MsgType);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
