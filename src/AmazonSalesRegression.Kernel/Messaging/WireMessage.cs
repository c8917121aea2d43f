namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>
/// A message as ZeroMQ frames, before signing or after verification: routing identities, the four JSON
/// frames the signature covers, and any binary buffers.
/// </summary>
internal sealed record WireMessage(
    IReadOnlyList<byte[]> Identities,
    byte[] Header,
    byte[] ParentHeader,
    byte[] Metadata,
    byte[] Content,
    IReadOnlyList<byte[]> Buffers
);
