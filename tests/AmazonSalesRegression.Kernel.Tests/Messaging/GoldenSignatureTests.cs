using System.Text;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Tests.Support;

namespace AmazonSalesRegression.Kernel.Tests.Messaging;

/// <summary>Our HMAC-SHA256 signer against signatures made by Python's jupyter_client (Golden/signed_frames.json).</summary>
public sealed class GoldenSignatureTests
{
    [Theory]
    [MemberData(nameof(GoldenFrames.Names), MemberType = typeof(GoldenFrames))]
    public void Our_signature_equals_the_one_jupyter_client_computed(string name)
    {
        // Given
        var (frames, expected) = GoldenFrames.Message(name);
        var codec = new WireCodec(new MessageSigner(GoldenFrames.Key));
        Assert.True(codec.TryDecode(frames, out var wire, out var problem), problem);

        // When
        var signature = codec.Signer.Sign(wire!);

        // Then
        Assert.Equal(expected, signature);
    }

    [Theory]
    [MemberData(nameof(GoldenFrames.Names), MemberType = typeof(GoldenFrames))]
    public void Re_encoding_a_jupyter_client_message_reproduces_its_frames_byte_for_byte(string name)
    {
        // Given
        var (frames, _) = GoldenFrames.Message(name);
        var codec = new WireCodec(new MessageSigner(GoldenFrames.Key));
        Assert.True(codec.TryDecode(frames, out var wire, out var problem), problem);

        // When
        var encoded = codec.Encode(wire!);

        // Then
        Assert.Equal(frames, encoded);
    }

    [Fact]
    public void A_verified_jupyter_client_message_parses_with_its_unicode_content_intact()
    {
        // Given
        var (frames, _) = GoldenFrames.Message("execute_request_unicode");
        var codec = new WireCodec(new MessageSigner(GoldenFrames.Key));

        // When
        Assert.True(codec.TryDecode(frames, out var wire, out _));
        var message = JupyterMessage.Parse(wire!);

        // Then
        Assert.Equal("execute_request", message.MsgType);
        Assert.Equal("client-identity", Encoding.UTF8.GetString(Assert.Single(wire!.Identities)));
        Assert.Equal("var prix = \"3,50 €\"; // café 😀\nConsole.WriteLine(prix);", message.Content["code"]!.GetValue<string>());
        Assert.Equal("c1", message.Metadata["cellId"]!.GetValue<string>());
    }

    [Fact]
    public void A_different_key_rejects_every_golden_message()
    {
        // Given
        var codec = new WireCodec(new MessageSigner("another-key"));

        // When
        var accepted = GoldenFrames
            .Names.Select(n => GoldenFrames.Message((string)n[0]).Frames)
            .Count(frames => codec.TryDecode(frames, out _, out _));

        // Then
        Assert.Equal(0, accepted);
    }
}
