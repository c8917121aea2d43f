using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// A Plotly.NET <see cref="GenericChart"/> as the Plotly MIME bundle <c>application/vnd.plotly.v1+json</c>
/// (the figure <c>{"data": [...], "layout": {...}}</c> from <see cref="GenericChart.toFigureJson"/>), plus a
/// <c>text/html</c> for front ends without a Plotly renderer (<see cref="PlotlyChartHtml"/>): it draws with the
/// page's <c>window.Plotly</c>, which the session sends first when <see cref="FormatContext.PlotlyJs"/> is set, and
/// otherwise shows its fallback (the chart's PNG once the headless runner has one). Element ids come from the
/// figure's hash, never at random.
/// </summary>
internal sealed class PlotlyChartFormatter : IValueFormatter
{
    public bool CanFormat(object value) => value is GenericChart;

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var chart = (GenericChart)value;
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        var bundleFigure = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = figure["layout"]?.DeepClone() ?? new JsonObject(),
        };
        if (figure["frames"] is JsonArray { Count: > 0 } frames)
        {
            bundleFigure["frames"] = frames.DeepClone();
        }

        var traces = bundleFigure["data"]!.AsArray();
        var kinds = traces.Select(t => t?["type"]?.GetValue<string>()).OfType<string>().Distinct().ToArray();
        bundle.AddText(
            MimeTypes.PlainText,
            $"Plotly chart: {Counts.Of(traces.Count, "trace")}{(kinds.Length > 0 ? " (" + string.Join(", ", kinds) + ")" : "")}"
        );
        bundle.AddJson(MimeTypes.PlotlyJson, bundleFigure);

        var json = bundleFigure.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        context.PlotlyJs?.BeforeChart();
        bundle.AddText(MimeTypes.Html, PlotlyChartHtml.Render(context.NewElementId("plotly", json), json));
    }
}
