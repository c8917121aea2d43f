using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>
/// A stand-in for the browser: "renders" each figure to a PNG signature and IHDR of the requested size followed by
/// the SHA-256 of the figure text, so the bytes are deterministic and differ per figure. Counts figures and calls.
/// </summary>
public sealed class CountingChartRenderer : IChartImageRenderer
{
    private int _calls;
    private int _figures;

    public int Calls => _calls;

    public int Figures => _figures;

    public Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<string> figures, ChartImageSize size, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _figures, figures.Count);
        return Task.FromResult<IReadOnlyList<byte[]>>(figures.Select(f => Image(f, size)).ToArray());
    }

    private static byte[] Image(string figure, ChartImageSize size)
    {
        var header = new byte[24];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(header, 0);
        "IHDR"u8.CopyTo(header.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(16), size.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(20), size.Height);
        return [.. header, .. SHA256.HashData(Encoding.UTF8.GetBytes(figure))];
    }
}
