using System.Buffers.Binary;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>Reads the size of a PNG from its signature and IHDR chunk (PNG specification, sections 5.2 and 11.2.2).</summary>
internal static class PngHeader
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image's width and height, or <see langword="null"/> when <paramref name="png"/> is not a PNG.</summary>
    public static ChartImageSize? Read(ReadOnlySpan<byte> png) =>
        png.Length >= 24 && png[..8].SequenceEqual(s_signature) && png[12..16].SequenceEqual("IHDR"u8)
            ? new ChartImageSize(BinaryPrimitives.ReadInt32BigEndian(png[16..20]), BinaryPrimitives.ReadInt32BigEndian(png[20..24]))
            : null;
}
