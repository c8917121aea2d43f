using System.Buffers.Binary;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Tests.Running.StaticCharts;

public sealed class ChartPageResultsTests
{
    private static readonly ChartImageSize Size = new(640, 360);

    [Fact]
    public void Each_result_is_decoded_in_the_order_of_its_index()
    {
        // Given
        var first = Png(Size, 1);
        var second = Png(Size, 2);
        var dom =
            $"<html><body>{Result(1, "png " + Convert.ToBase64String(second))}\n{Result(0, "png " + Convert.ToBase64String(first))}</body></html>";

        // When
        var images = ChartPageResults.Read(dom, 2, Size);

        // Then
        Assert.Equal([first, second], images);
    }

    [Fact]
    public void A_plotly_error_names_the_figure_and_carries_the_unescaped_message()
    {
        // Given
        var dom = Result(0, "png " + Convert.ToBase64String(Png(Size, 1))) + Result(1, "error Cannot read &lt;x&gt; &amp; y");

        // When
        var error = Assert.Throws<ChartRenderException>(() => ChartPageResults.Read(dom, 2, Size));

        // Then
        Assert.Equal("Plotly could not draw figure 2 of 2: Cannot read <x> & y", error.Message);
    }

    [Fact]
    public void A_figure_without_a_result_is_reported_as_not_drawn()
    {
        // Given
        var dom = Result(0, "png " + Convert.ToBase64String(Png(Size, 1)));

        // When
        var error = Assert.Throws<ChartRenderException>(() => ChartPageResults.Read(dom, 3, Size));

        // Then
        Assert.StartsWith("figure 2 of 3 was not drawn", error.Message, StringComparison.Ordinal);
        Assert.Contains("; figure 3 of 3 was not drawn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_of_another_size_or_not_a_png_is_rejected()
    {
        // Given
        var dom = Result(0, "png " + Convert.ToBase64String(Png(new ChartImageSize(640, 361), 1))) + Result(1, "png bm90IGEgcG5n");

        // When
        var error = Assert.Throws<ChartRenderException>(() => ChartPageResults.Read(dom, 2, Size));

        // Then
        Assert.Equal("figure 1 of 2 is not a 640×360 PNG; figure 2 of 2 is not a 640×360 PNG", error.Message);
    }

    private static string Result(int index, string text) => $"<pre data-chart=\"{index}\">{text}</pre>";

    // The signature and IHDR chunk are all the reader looks at; the trailing byte tells images apart.
    private static byte[] Png(ChartImageSize size, byte tag)
    {
        var png = new byte[25];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        signature.CopyTo(png, 0);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), size.Width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), size.Height);
        png[24] = tag;
        return png;
    }
}
