using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using AmazonSalesRegression.Engine.Runner.StaticCharts;
using AmazonSalesRegression.Engine.Tests.Support;
using Xunit.Abstractions;

namespace AmazonSalesRegression.Engine.Tests.Runner.StaticCharts;

public sealed class ChromiumChartRendererTests(ITestOutputHelper log)
{
    private const string Line =
        """{"data":[{"type":"scatter","mode":"lines","x":[1,2,3],"y":[2,1,3]}],"layout":{"title":{"text":"Line"}}}""";
    private const string Bars = """{"data":[{"type":"bar","x":["a","b"],"y":[5,7]}],"layout":{}}""";

    [ChromiumFact]
    public async Task Each_figure_becomes_a_png_of_exactly_the_requested_size()
    {
        // Given
        var renderer = new ChromiumChartRenderer(Chromium.Path);
        var size = new ChartImageSize(640, 360);
        var clock = Stopwatch.StartNew();

        // When
        var images = await renderer.RenderAsync([Line, Bars], size, CancellationToken.None);

        // Then
        log.WriteLine($"2 charts in {clock.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");
        Assert.Equal(2, images.Count);
        foreach (var png in images)
        {
            Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
            Assert.Equal(
                (640, 360),
                (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)))
            );
        }

        Assert.NotEqual(images[0], images[1]);
    }

    [Fact]
    public async Task A_missing_browser_is_a_render_exception_that_names_the_fix()
    {
        // Given
        var renderer = new ChromiumChartRenderer("/nonexistent/chromium");

        // When
        var error = await Assert.ThrowsAsync<ChartRenderException>(() =>
            renderer.RenderAsync([Line], ChartImageSize.Default, CancellationToken.None)
        );

        // Then
        Assert.Contains(ChromiumChartRenderer.BrowserVariable, error.Message, StringComparison.Ordinal);
    }
}
