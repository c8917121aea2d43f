using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Streaming;

/// <summary>A part [<paramref name="Start"/>, <paramref name="End"/>) of a file in bytes, starting at a row boundary.</summary>
/// <param name="Start">The first byte.</param>
/// <param name="End">The byte after the last.</param>
/// <param name="QuoteFree">
/// Whether the range is read without quote handling, as the whole file is known (or, see
/// <see cref="CsvNumericStream.Ranges"/>, assumed) to hold no quote; a quote met in it is a <see cref="DataFormatException"/>.
/// </param>
public readonly record struct ByteRange(long Start, long End, bool QuoteFree = false);
