namespace AmazonSalesRegression.Data.Streaming;

/// <summary>A part [<paramref name="Start"/>, <paramref name="End"/>) of a file in bytes, starting at a row boundary.</summary>
/// <param name="Start">The first byte.</param>
/// <param name="End">The byte after the last.</param>
/// <param name="QuoteFree">Whether the whole file is known to hold no quote, so fields need no quote handling.</param>
public readonly record struct ByteRange(long Start, long End, bool QuoteFree = false);
