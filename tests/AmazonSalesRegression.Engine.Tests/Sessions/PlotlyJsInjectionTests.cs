using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

/// <summary><see cref="EngineOptions.InjectPlotlyJs"/>: Plotly.js goes to each page once, before its first chart.</summary>
public sealed class PlotlyJsInjectionTests
{
    private const string PlotlyJsNote = "Plotly.js 2.28.0 loaded for this page's charts.";
    private const string Invisible = "Plotly chart: 1 trace";

    [Fact]
    public async Task A_session_sends_plotly_js_to_each_page_once_before_its_first_chart()
    {
        // Given a session that injects Plotly.js, and two pages
        await using var session = NotebookSessions.Create(TestEngine.Options with { InjectPlotlyJs = true });
        var first = new RecordingCellOutput { FrontEnd = "page-1" };
        var again = new RecordingCellOutput { FrontEnd = "page-1" };
        var other = new RecordingCellOutput { FrontEnd = "page-2" };

        // When the first page shows text, then a displayed chart and a result chart, then more charts; the second page a chart
        var text = await session.ExecuteAsync("1 + 1", first, countExecution: true, CancellationToken.None);
        var chart = await session.ExecuteAsync(
            "display(Chart.Invisible());\nChart.Invisible()",
            first,
            countExecution: true,
            CancellationToken.None
        );
        var more = await session.ExecuteAsync(
            "display(Chart.Invisible());\nChart.Invisible()",
            again,
            countExecution: true,
            CancellationToken.None
        );
        var elsewhere = await session.ExecuteAsync("Chart.Invisible()", other, countExecution: true, CancellationToken.None);

        // Then the script precedes the first chart of each page and is never sent twice to a page
        Assert.True(text.Succeeded && chart.Succeeded && more.Succeeded && elsewhere.Succeeded);
        Assert.Equal([PlotlyJsNote, Invisible], first.Displays.Select(d => d.Data.Text()));
        var script = first.Displays[0].Data.Text("text/html");
        Assert.StartsWith("<script type=\"text/javascript\">", script, StringComparison.Ordinal);
        Assert.Contains("if (typeof window.Plotly === \"undefined\")", script, StringComparison.Ordinal);
        Assert.Contains("(function (define, exports, module) {", script, StringComparison.Ordinal);
        Assert.InRange(script.Length, 3_000_000, 4_000_000);
        Assert.Null(first.Displays[0].Id);
        Assert.Equal([Invisible], again.Displays.Select(d => d.Data.Text()));
        Assert.Equal([PlotlyJsNote], other.Displays.Select(d => d.Data.Text()));
        Assert.Equal(Invisible, elsewhere.Result!.Text());
    }

    [Fact]
    public async Task A_session_sends_no_plotly_js_to_outputs_on_no_page_nor_when_the_option_is_off()
    {
        // Given a session that injects, writing to outputs on no page, and a session that does not inject
        await using var injecting = NotebookSessions.Create(TestEngine.Options with { InjectPlotlyJs = true });
        await using var plain = NotebookSessions.Create(TestEngine.Options);
        var nowhere = new RecordingCellOutput();
        var page = new RecordingCellOutput { FrontEnd = "page-1" };

        // When both show charts
        await injecting.ExecuteAsync("display(Chart.Invisible());", nowhere, countExecution: true, CancellationToken.None);
        await plain.ExecuteAsync("display(Chart.Invisible());", page, countExecution: true, CancellationToken.None);

        // Then only the charts are shown
        Assert.Equal([Invisible], nowhere.Displays.Select(d => d.Data.Text()));
        Assert.Equal([Invisible], page.Displays.Select(d => d.Data.Text()));
    }
}
