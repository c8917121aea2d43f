using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Regression;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace AmazonSalesRegression.Interactive.Tests;

public sealed class CourseFormattersTests
{
    public CourseFormattersTests() => CourseFormatters.Register();

    [Fact]
    public void A_chart_is_sent_as_the_plotly_bundle_then_html_then_text()
    {
        // Given
        var chart = Chart();

        // When
        var mimeTypes = Formatter.GetPreferredMimeTypesFor(chart.GetType());

        // Then
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], mimeTypes);
    }

    [Fact]
    public void A_chart_shown_once_gets_the_course_kernels_figure_text_and_element_id()
    {
        // Given
        var chart = Chart();
        var expected = new DisplayFormatter().Format(chart).Data;

        // When
        var figure = chart.ToDisplayString("application/vnd.plotly.v1+json");
        var html = chart.ToDisplayString("text/html");
        var text = chart.ToDisplayString("text/plain");

        // Then
        Assert.True(JsonNode.DeepEquals(expected["application/vnd.plotly.v1+json"], JsonNode.Parse(figure)));
        Assert.EndsWith(expected["text/html"].GetValue<string>(), html, StringComparison.Ordinal);
        Assert.Equal("Plotly chart: 1 trace (scatter)", text);
    }

    [Fact]
    public void A_data_frame_is_the_course_kernels_table()
    {
        // Given
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("Units", [3, 5]), new StringDataFrameColumn("Sku", ["a<b", "c"]));
        var expected = new DisplayFormatter().Format(frame).Data;

        // When
        var html = frame.ToDisplayString("text/html");
        var text = frame.ToDisplayString("text/plain");

        // Then
        Assert.Equal(expected["text/html"].GetValue<string>(), html);
        Assert.Equal(expected["text/plain"].GetValue<string>(), text);
        Assert.Contains("<td>a&lt;b</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ols_summary_is_its_own_html_and_text_report()
    {
        // Given
        var summary = Ols.Fit(
                [
                    [1.0, 2.0, 3.0, 4.0, 5.0],
                ],
                [2.1, 3.9, 6.2, 7.8, 10.1],
                ["x"]
            )
            .Summary();

        // When
        var html = summary.ToDisplayString("text/html");
        var text = summary.ToDisplayString("text/plain");

        // Then
        Assert.Equal(summary.ToHtml(), html);
        Assert.Equal(summary.ToString(), text);
    }

    [Fact]
    public void A_deedle_frame_is_shown_as_an_html_table()
    {
        // Given
        var frame = Deedle.Frame.FromRecords([new { Sku = "a", Units = 3 }, new { Sku = "b", Units = 5 }]);

        // When
        var mimeTypes = Formatter.GetPreferredMimeTypesFor(frame.GetType());
        var html = frame.ToDisplayString("text/html");

        // Then
        Assert.Equal(["text/html", "text/plain"], mimeTypes);
        Assert.Equal(new DisplayFormatter().Format(frame).Data["text/html"].GetValue<string>(), html);
    }

    [Fact]
    public void Registering_twice_registers_each_formatter_once()
    {
        // Given
        var before = Formatter.RegisteredFormatters(includeDefaults: false).Count();

        // When
        CourseFormatters.Register();

        // Then
        Assert.Equal(before, Formatter.RegisteredFormatters(includeDefaults: false).Count());
    }

    private static GenericChart Chart()
    {
        var trace = new Trace2D("scatter");
        trace.SetProperty("x", new[] { 1.0, 2.0 });
        trace.SetProperty("y", new[] { 3.0, 4.0 });
        return GenericChart.ofTraceObject(false, trace);
    }
}
