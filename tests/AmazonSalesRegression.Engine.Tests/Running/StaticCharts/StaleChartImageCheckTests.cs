using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Running.StaticCharts;

public sealed class StaleChartImageCheckTests
{
    private const string Chart =
        "var trace = new Trace2D(\"scatter\");\ntrace.SetProperty(\"y\", new[] { 3.0, 4.0 });\nGenericChart.ofTraceObject(false, trace)";

    [Fact]
    public async Task A_notebook_run_with_chart_images_checks_clean_without_rendering()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("chart", Chart)));
        await NotebookRunner.RunAsync(path, TestEngine.Run with { ChartRenderer = new CountingChartRenderer() });
        var renderer = new CountingChartRenderer();

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run with { ChartRenderer = renderer });

        // Then
        Assert.True(check.Succeeded, string.Join("\n", check.Mismatches));
        Assert.Equal(0, renderer.Calls);
    }

    [Fact]
    public async Task A_png_rendered_from_another_figure_is_reported_as_stale_with_the_fix()
    {
        // Given a committed chart whose code now draws other points but whose text/plain summary is unchanged
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("intro", "1"), Code("chart", Chart)));
        await NotebookRunner.RunAsync(path, TestEngine.Run with { ChartRenderer = new CountingChartRenderer() });
        var notebook = await NotebookJson.ReadAsync(path);
        var edited = notebook.Cells[1] with { Source = Chart.Replace("4.0", "9.0", StringComparison.Ordinal) };
        await NotebookJson.WriteAsync(path, notebook with { Cells = [notebook.Cells[0], edited] });

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        var mismatch = Assert.Single(check.Mismatches);
        Assert.Equal((1, "chart", 0), (mismatch.CellIndex, mismatch.CellId, mismatch.OutputIndex));
        Assert.Contains("stale", mismatch.Description, StringComparison.Ordinal);
        Assert.Contains(NotebookConventions.Default.RerunHint, mismatch.Description, StringComparison.Ordinal);
        Assert.StartsWith(path + ": cell 1 (id 'chart')", mismatch.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_png_whose_recorded_hash_does_not_match_the_committed_figure_is_stale()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("chart", Chart)));
        await NotebookRunner.RunAsync(path, TestEngine.Run with { ChartRenderer = new CountingChartRenderer() });
        var text = await File.ReadAllTextAsync(path);
        var hash = FigureHashIn(text);
        await File.WriteAllTextAsync(path, text.Replace(hash, new string('0', 64), StringComparison.Ordinal));

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        var mismatch = Assert.Single(check.Mismatches);
        Assert.Equal("figure_sha256 " + new string('0', 64), mismatch.Expected);
        Assert.Equal("figure sha256 " + hash, mismatch.Actual);
    }

    private static string FigureHashIn(string notebookText)
    {
        const string key = "\"figure_sha256\": \"";
        var start = notebookText.IndexOf(key, StringComparison.Ordinal) + key.Length;
        return notebookText.Substring(start, 64);
    }
}
