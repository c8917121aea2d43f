using System.Security.Cryptography;
using System.Text;

namespace AmazonSalesRegression.Kernel.Messaging;

// References: RFC 2104, "HMAC: Keyed-Hashing for Message Authentication"; FIPS 180-4 (SHA-256);
// Jupyter Client documentation, "Messaging in Jupyter", section "The Wire Protocol".
/// <summary>
/// Signs and verifies messages as the Jupyter wire protocol specifies: HMAC-SHA256, keyed with the connection
/// file's <c>key</c>, over the header, parent header, metadata and content frames in that order, written as
/// lowercase hexadecimal. An empty key disables signing: signatures are empty and every message verifies.
/// </summary>
internal sealed class MessageSigner
{
    /// <summary>The only signature scheme of the protocol that this kernel implements.</summary>
    public const string Scheme = "hmac-sha256";

    private readonly byte[] _key;

    /// <exception cref="NotSupportedException"><paramref name="signatureScheme"/> is not <c>hmac-sha256</c> while a key is set.</exception>
    public MessageSigner(string key, string signatureScheme = Scheme)
    {
        if (key.Length > 0 && !string.Equals(signatureScheme, Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"Signature scheme '{signatureScheme}' is not supported; use '{Scheme}'.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>Whether messages are signed and checked (the key is not empty).</summary>
    public bool IsEnabled => _key.Length > 0;

    /// <summary>The signature of <paramref name="message"/> as lowercase hex, or the empty string when signing is disabled.</summary>
    public string Sign(WireMessage message) => IsEnabled ? Convert.ToHexStringLower(ComputeMac(message)) : string.Empty;

    /// <summary>
    /// Whether <paramref name="signature"/> (the hex text of the signature frame) is the message's signature.
    /// Comparison is constant-time in the signature's content.
    /// </summary>
    public bool Verify(ReadOnlySpan<byte> signature, WireMessage message)
    {
        if (!IsEnabled)
        {
            return true;
        }

        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (
            signature.Length != 2 * HMACSHA256.HashSizeInBytes
            || Convert.FromHexString(Encoding.ASCII.GetString(signature), claimed, out _, out _) != System.Buffers.OperationStatus.Done
        )
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(claimed, ComputeMac(message));
    }

    private byte[] ComputeMac(WireMessage message)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(message.Header);
        hmac.AppendData(message.ParentHeader);
        hmac.AppendData(message.Metadata);
        hmac.AppendData(message.Content);
        return hmac.GetHashAndReset();
    }
}
