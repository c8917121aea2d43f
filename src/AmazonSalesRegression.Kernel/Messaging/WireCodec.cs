using System.Text;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// Converts between <see cref="WireMessage"/>s and ZeroMQ frames:
/// <c>identities…, "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffers…</c>.
/// Decoding verifies the signature; a message that fails is reported, never returned.
/// </summary>
internal sealed class WireCodec(MessageSigner signer)
{
    private const int SignedFrameCount = 5;

    /// <summary>The frame separating routing identities from the message.</summary>
    public static ReadOnlySpan<byte> Delimiter => "<IDS|MSG>"u8;

    /// <summary>The signer this codec signs and verifies with.</summary>
    public MessageSigner Signer => signer;

    /// <summary>The frames of <paramref name="message"/>, signed.</summary>
    public List<byte[]> Encode(WireMessage message)
    {
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter.ToArray());
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(message)));
        frames.Add(message.Header);
        frames.Add(message.ParentHeader);
        frames.Add(message.Metadata);
        frames.Add(message.Content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>
    /// Splits <paramref name="frames"/> into a message and checks its signature. Returns false, with the reason in
    /// <paramref name="problem"/>, when the delimiter or a frame is missing, or the signature is absent or wrong.
    /// </summary>
    public bool TryDecode(IReadOnlyList<byte[]> frames, out WireMessage? message, out string? problem)
    {
        message = null;
        var delimiter = IndexOfDelimiter(frames);
        if (delimiter < 0)
        {
            problem = "no <IDS|MSG> delimiter";
            return false;
        }

        if (frames.Count - delimiter - 1 < SignedFrameCount)
        {
            problem = $"{frames.Count - delimiter - 1} frames after the delimiter, expected at least {SignedFrameCount}";
            return false;
        }

        var first = delimiter + 1;
        var candidate = new WireMessage(
            frames.Take(delimiter).ToArray(),
            frames[first + 1],
            frames[first + 2],
            frames[first + 3],
            frames[first + 4],
            frames.Skip(first + SignedFrameCount).ToArray()
        );

        var signature = frames[first];
        if (signer.IsEnabled && signature.Length == 0)
        {
            problem = "unsigned message";
            return false;
        }

        if (!signer.Verify(signature, candidate))
        {
            problem = "invalid signature";
            return false;
        }

        message = candidate;
        problem = null;
        return true;
    }

    private static int IndexOfDelimiter(IReadOnlyList<byte[]> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                return i;
            }
        }

        return -1;
    }
}
