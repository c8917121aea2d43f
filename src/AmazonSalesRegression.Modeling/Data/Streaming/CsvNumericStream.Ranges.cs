using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Streaming;

/// <summary>Splitting a file into parts that separate threads can read.</summary>
public sealed partial class CsvNumericStream
{
    private const int ScanBlock = 1 << 20;

    /// <summary>
    /// Up to <paramref name="parts"/> consecutive ranges of <paramref name="path"/>, each starting at a row boundary (the
    /// byte after a line feed), covering the file. A line feed ends a row only outside quotes, so the file is split only
    /// when it holds no quote at all (checked in parallel, one range per thread), and its ranges are then read without
    /// quote handling; otherwise, and for files smaller than <paramref name="minimumBytes"/> per part, the whole file is
    /// one range.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="parts">The number of ranges wanted.</param>
    /// <param name="minimumBytes">The smallest range worth a thread.</param>
    /// <param name="scanForQuotes">
    /// False to skip the scan, for a caller that reads the file anyway: the ranges are read without quote handling, a
    /// quote met in one is a <see cref="DataFormatException"/> (see <see cref="ByteRange.QuoteFree"/>), and the caller
    /// then reads the file again as one range. It saves a read of the whole file when, as usual, there is no quote.
    /// </param>
    public static IReadOnlyList<ByteRange> Ranges(string path, int parts, long minimumBytes, bool scanForQuotes = true)
    {
        var length = SizeOf(path);
        parts = (int)Math.Clamp(length / Math.Max(1, minimumBytes), 1, Math.Max(1, parts));
        if (parts == 1)
        {
            return [new ByteRange(0, length)];
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var starts = new List<long> { 0 };
        for (var k = 1; k < parts; k++)
        {
            var start = NextRowStart(file, k * length / parts);
            if (start > starts[^1] && start < length)
            {
                starts.Add(start);
            }
        }

        starts.Add(length);
        var ranges = starts.Zip(starts.Skip(1), (s, e) => new ByteRange(s, e, QuoteFree: true)).ToArray();
        if (!scanForQuotes)
        {
            return ranges;
        }

        var quoted = new bool[ranges.Length];
        Parallel.For(0, quoted.Length, k => quoted[k] = HasQuote(path, ranges[k]));
        return quoted.Any(q => q) ? [new ByteRange(0, length)] : ranges;
    }

    /// <summary>The size of <paramref name="path"/> in bytes, through symbolic links (whose own size <see cref="FileInfo.Length"/> gives).</summary>
    public static long SizeOf(string path)
    {
        using var handle = File.OpenHandle(path);
        return RandomAccess.GetLength(handle);
    }

    private static long NextRowStart(FileStream file, long from)
    {
        var buffer = new byte[1 << 16];
        file.Position = from;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var feed = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (feed >= 0)
            {
                return from + feed + 1;
            }

            from += read;
        }

        return from;
    }

    private static bool HasQuote(string path, ByteRange range)
    {
        using var stream = new RangeStream(path, range);
        var buffer = new byte[ScanBlock];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (buffer.AsSpan(0, read).Contains((byte)'"'))
            {
                return true;
            }
        }

        return false;
    }
}
