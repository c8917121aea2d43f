using System.Text;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Tests.Support;

namespace AmazonSalesRegression.Kernel.Tests.Messaging;

/// <summary>Frames that must be dropped: unsigned, badly signed, tampered, malformed.</summary>
public sealed class WireCodecTests
{
    private static readonly WireCodec s_codec = new(new MessageSigner(GoldenFrames.Key));

    [Fact]
    public void A_message_with_tampered_content_is_rejected_as_badly_signed()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("execute_request_unicode");
        var contentIndex = frames.Count - 1;
        frames[contentIndex] = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(frames[contentIndex]).Replace("3,50", "9,50", StringComparison.Ordinal)
        );

        // When
        var accepted = s_codec.TryDecode(frames, out var wire, out var problem);

        // Then
        Assert.False(accepted);
        Assert.Null(wire);
        Assert.Equal("invalid signature", problem);
    }

    [Fact]
    public void A_message_with_a_tampered_parent_header_is_rejected()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("stream_with_parent");
        var parentIndex = frames.Count - 3;
        frames[parentIndex] = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(frames[parentIndex]).Replace("student", "mallory", StringComparison.Ordinal)
        );

        // When
        var accepted = s_codec.TryDecode(frames, out _, out var problem);

        // Then
        Assert.False(accepted);
        Assert.Equal("invalid signature", problem);
    }

    [Fact]
    public void An_unsigned_message_is_rejected_when_a_key_is_set()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("kernel_info_request");
        frames[1] = [];

        // When
        var accepted = s_codec.TryDecode(frames, out _, out var problem);

        // Then
        Assert.False(accepted);
        Assert.Equal("unsigned message", problem);
    }

    [Theory]
    [InlineData("not hex at all")]
    [InlineData("720a02648d7f2d451f384d7d97cef0134396693efe059958dc45706901d8d02")]
    [InlineData("820a02648d7f2d451f384d7d97cef0134396693efe059958dc45706901d8d026")]
    public void A_wrong_or_malformed_signature_is_rejected(string signature)
    {
        // Given
        var (frames, _) = GoldenFrames.Message("kernel_info_request");
        frames[1] = Encoding.ASCII.GetBytes(signature);

        // When
        var accepted = s_codec.TryDecode(frames, out _, out _);

        // Then
        Assert.False(accepted);
    }

    [Fact]
    public void An_uppercase_hex_signature_is_accepted_because_hex_case_carries_no_meaning()
    {
        // Given
        var (frames, signature) = GoldenFrames.Message("kernel_info_request");
        frames[1] = Encoding.ASCII.GetBytes(signature.ToUpperInvariant());

        // When
        var accepted = s_codec.TryDecode(frames, out _, out _);

        // Then
        Assert.True(accepted);
    }

    [Fact]
    public void Frames_without_the_delimiter_are_rejected()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("kernel_info_request");
        frames.RemoveAt(0);

        // When
        var accepted = s_codec.TryDecode(frames, out _, out var problem);

        // Then
        Assert.False(accepted);
        Assert.Equal("no <IDS|MSG> delimiter", problem);
    }

    [Fact]
    public void Frames_missing_the_content_are_rejected()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("kernel_info_request");
        frames.RemoveAt(frames.Count - 1);

        // When
        var accepted = s_codec.TryDecode(frames, out _, out var problem);

        // Then
        Assert.False(accepted);
        Assert.Contains("expected at least 5", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_empty_key_messages_are_sent_unsigned_and_accepted_unsigned()
    {
        // Given
        var codec = new WireCodec(new MessageSigner(""));
        var (frames, _) = GoldenFrames.Message("kernel_info_request");
        frames[1] = [];

        // When
        var accepted = codec.TryDecode(frames, out var wire, out _);
        var encoded = codec.Encode(wire!);

        // Then
        Assert.True(accepted);
        Assert.Empty(encoded[1]);
    }

    [Fact]
    public void Signing_a_message_ourselves_verifies_and_signs_lowercase()
    {
        // Given
        var factory = new MessageFactory("kernel-session", "kernel");
        var wire = factory.Create("status", new { execution_state = "idle" }, null, []);

        // When
        var frames = s_codec.Encode(wire);
        var accepted = s_codec.TryDecode(frames, out _, out _);

        // Then
        Assert.True(accepted);
        Assert.Matches("^[0-9a-f]{64}$", Encoding.ASCII.GetString(frames[1]));
    }

    [Fact]
    public void An_unsupported_signature_scheme_is_refused_up_front()
    {
        // Given
        var scheme = "hmac-md5";

        // When
        var error = Record.Exception(() => new MessageSigner("key", scheme));

        // Then
        Assert.IsType<NotSupportedException>(error);
    }
}
