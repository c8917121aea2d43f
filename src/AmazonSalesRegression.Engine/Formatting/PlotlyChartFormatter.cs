using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// A Plotly.NET <see cref="GenericChart"/> as the Plotly MIME bundle <c>application/vnd.plotly.v1+json</c>
/// (the figure <c>{"data": [...], "layout": {...}}</c> from <see cref="GenericChart.toFigureJson"/>), plus a
/// <c>text/html</c> fallback: a div and a script that draws the figure with a Plotly.js already on the page
/// (<c>window.Plotly</c>) or through RequireJS (<c>require(['plotly'])</c>); it never fetches Plotly.js from a CDN, so
/// a front end without either shows a short note instead. Element ids come from the figure's hash, never at random.
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
        bundle.AddText(MimeTypes.Html, Html(context.NewElementId("plotly", json), json));
    }

    // The default encoder escapes < > & ' as \uXXXX, so the JSON cannot close the script element.
    private static string Html(string id, string json) =>
        $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              var target = document.getElementById("{{id}}");
              var draw = function (plotly) { plotly.newPlot(target, figure.data, figure.layout, { responsive: true }); };
              if (typeof window.Plotly !== "undefined") { draw(window.Plotly); }
              else if (typeof window.require === "function") { window.require(["plotly"], draw, function () { target.textContent = "Plotly.js is not available in this front end."; }); }
              else { target.textContent = "Plotly.js is not available in this front end."; }
            })();
            </script>
            """;
}
