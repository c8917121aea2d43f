using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using AmazonSalesRegression.Engine.Running.StaticCharts;
using AmazonSalesRegression.Engine.Tests.Support;
using Xunit.Abstractions;

namespace AmazonSalesRegression.Engine.Tests.Running.StaticCharts;

public sealed class ChromiumChartRendererTests(ITestOutputHelper log)
{
    private const string Line =
        """{"data":[{"type":"scatter","mode":"lines","x":[1,2,3],"y":[2,1,3]}],"layout":{"title":{"text":"Line"}}}""";
    private const string Bars = """{"data":[{"type":"bar","x":["a","b"],"y":[5,7]}],"layout":{}}""";
    private const string Points = """{"data":[{"type":"scatter","mode":"markers","x":[1,2],"y":[4,3]}]}""";
    private const string BadAxis = """{"data":[{"type":"scatter","x":[1],"y":[1]}],"layout":{"xaxis":"not an axis"}}""";

    [ChromiumFact]
    public async Task Several_figures_in_one_call_become_pngs_of_exactly_the_requested_size()
    {
        // Given
        var renderer = new ChromiumChartRenderer(Chromium.Path);
        var size = new ChartImageSize(640, 360);
        var clock = Stopwatch.StartNew();

        // When
        var images = await renderer.RenderAsync([Line, Bars, Points], size, CancellationToken.None);

        // Then
        log.WriteLine($"3 charts in {clock.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");
        Assert.Equal(3, images.Count);
        Assert.All(images, png => Assert.Equal(size, PngHeader.Read(png)));
        Assert.Equal(3, images.Select(Convert.ToBase64String).Distinct(StringComparer.Ordinal).Count());
    }

    [ChromiumFact]
    public async Task A_figure_plotly_cannot_draw_is_a_render_exception_that_names_it()
    {
        // Given
        var renderer = new ChromiumChartRenderer(Chromium.Path);

        // When
        var error = await Assert.ThrowsAsync<ChartRenderException>(() =>
            renderer.RenderAsync([Line, BadAxis, Bars], new ChartImageSize(320, 200), CancellationToken.None)
        );

        // Then
        log.WriteLine(error.Message);
        Assert.StartsWith("Plotly could not draw figure 2 of 3: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("figure 1 ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("figure 3 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_that_is_not_json_is_a_render_exception_that_names_it_before_any_browser_starts()
    {
        // Given
        var renderer = new ChromiumChartRenderer("/bin/false");

        // When
        var error = await Assert.ThrowsAsync<ChartRenderException>(() =>
            renderer.RenderAsync([Line, "{\"data\": ["], ChartImageSize.Default, CancellationToken.None)
        );

        // Then
        Assert.StartsWith("figure 2 of 2 is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_browser_that_takes_longer_than_the_timeout_per_chart_is_stopped_with_a_render_exception()
    {
        // Given
        using var folder = new TempDirectory();
        var browser = folder.File("slow-browser");
        await File.WriteAllTextAsync(browser, "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var renderer = new ChromiumChartRenderer(browser, TimeSpan.FromMilliseconds(300));

        // When
        var error = await Assert.ThrowsAsync<ChartRenderException>(() =>
            renderer.RenderAsync([Line, Bars], ChartImageSize.Default, CancellationToken.None)
        );

        // Then
        Assert.Contains("did not render the charts within 0.6 seconds", error.Message, StringComparison.Ordinal);
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
