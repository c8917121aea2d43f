using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Running.StaticCharts;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Running.StaticCharts;

public sealed class ChartImageRunTests
{
    private const string TwoCharts =
        "GenericChart Points(params double[] y)\n{\n    var trace = new Trace2D(\"scatter\");\n    trace.SetProperty(\"y\", y);\n"
        + "    return GenericChart.ofTraceObject(false, trace);\n}\n"
        + "display(Points(3, 4));\nPoints(5, 6)";

    [Fact]
    public async Task Each_chart_output_gets_a_png_and_the_hash_of_its_figure()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("charts", TwoCharts), Code("text", "1 + 1")));
        var renderer = new CountingChartRenderer();

        // When
        var result = await NotebookRunner.RunAsync(path, Options(renderer));
        var written = await NotebookJson.ReadAsync(path);

        // Then
        Assert.Equal(new ChartImageReport(2, 0, 0, null), result.ChartImages);
        Assert.Equal((1, 2), (renderer.Calls, renderer.Figures));
        foreach (var output in written.Cells[0].Outputs)
        {
            var (data, metadata) = ChartImageOutputs.Bundle(output)!.Value;
            Assert.StartsWith("iVBORw0KGgo", data["image/png"].GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains(
                $"src=\"data:image/png;base64,{data["image/png"].GetValue<string>()}\"",
                data["text/html"].GetValue<string>(),
                StringComparison.Ordinal
            );
            Assert.DoesNotContain(PlotlyChartHtml.NoImageNote, data["text/html"].GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(
                FigureHash.Of(data["application/vnd.plotly.v1+json"]),
                metadata["image/png"]!["figure_sha256"]!.GetValue<string>()
            );
            Assert.Equal((900, 500), (metadata["image/png"]!["width"]!.GetValue<int>(), metadata["image/png"]!["height"]!.GetValue<int>()));
        }

        Assert.False(((ExecuteResultOutput)written.Cells[1].Outputs[0]).Data.ContainsKey("image/png"));
    }

    [Fact]
    public async Task Running_again_reuses_the_committed_pngs_without_rendering_and_writes_identical_bytes()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("charts", TwoCharts)));
        var first = new CountingChartRenderer();
        await NotebookRunner.RunAsync(path, Options(first));
        var committed = await File.ReadAllBytesAsync(path);
        var second = new CountingChartRenderer();

        // When
        var result = await NotebookRunner.RunAsync(path, Options(second));

        // Then
        Assert.Equal(0, second.Calls);
        Assert.Equal(new ChartImageReport(0, 2, 0, null), result.ChartImages);
        Assert.Equal(committed, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Only_a_changed_figure_is_rendered_again()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("charts", TwoCharts)));
        await NotebookRunner.RunAsync(path, Options(new CountingChartRenderer()));
        var notebook = await NotebookJson.ReadAsync(path);
        await NotebookJson.WriteAsync(
            path,
            notebook with
            {
                Cells = [notebook.Cells[0] with { Source = TwoCharts.Replace("5, 6", "5, 7", StringComparison.Ordinal) }],
            }
        );
        var renderer = new CountingChartRenderer();

        // When
        var result = await NotebookRunner.RunAsync(path, Options(renderer));

        // Then
        Assert.Equal((1, 1), (renderer.Calls, renderer.Figures));
        Assert.Equal(new ChartImageReport(1, 1, 0, null), result.ChartImages);
    }

    [Fact]
    public async Task Without_a_browser_the_run_succeeds_with_one_warning_and_no_pngs()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("charts", TwoCharts)));

        // When
        var result = await NotebookRunner.RunAsync(path, Options(new ChromiumChartRenderer("/nonexistent/chromium")));
        var written = await NotebookJson.ReadAsync(path);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal((0, 0, 2), (result.ChartImages.Rendered, result.ChartImages.Reused, result.ChartImages.Missing));
        Assert.Contains("/nonexistent/chromium", result.ChartImages.Warning, StringComparison.Ordinal);
        Assert.All(written.Cells[0].Outputs, output => Assert.False(ChartImageOutputs.Bundle(output)!.Value.Data.ContainsKey("image/png")));
        Assert.All(
            written.Cells[0].Outputs,
            output =>
                Assert.Contains(
                    PlotlyChartHtml.NoImageNote,
                    ChartImageOutputs.Bundle(output)!.Value.Data["text/html"].GetValue<string>(),
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public async Task A_run_that_does_not_write_the_notebook_renders_nothing()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("charts", TwoCharts)));
        var renderer = new CountingChartRenderer();

        // When
        var result = await NotebookRunner.RunAsync(path, writeBack: false, Options(renderer));

        // Then
        Assert.Equal(0, renderer.Calls);
        Assert.Equal(ChartImageReport.None, result.ChartImages);
    }

    private static NotebookRunOptions Options(IChartImageRenderer renderer) => TestEngine.Run with { ChartRenderer = renderer };
}
