using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace AmazonSalesRegression.Engine.Runner.StaticCharts;

/// <summary>
/// A self-contained HTML page that draws one Plotly figure at a fixed size: Plotly.js inlined (the copy embedded in
/// Plotly.NET, so no network is needed), the figure's layout forced to the image size, and a static plot without mode
/// bar, hover or animations.
/// </summary>
internal static class ChartPage
{
    private static readonly Lazy<string> s_plotlyJs = new(LoadPlotlyJs);

    /// <summary>The page for <paramref name="figureJson"/> at <paramref name="size"/>.</summary>
    /// <exception cref="ChartRenderException">The figure is not a JSON object.</exception>
    public static string Html(string figureJson, ChartImageSize size)
    {
        JsonObject figure;
        try
        {
            figure = JsonNode.Parse(figureJson) as JsonObject ?? throw new ChartRenderException("A Plotly figure must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ChartRenderException($"A Plotly figure is not valid JSON: {e.Message}", e);
        }

        var page = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = figure["layout"]?.DeepClone() as JsonObject ?? new JsonObject(),
        };
        var layout = page["layout"]!.AsObject();
        layout["width"] = size.Width;
        layout["height"] = size.Height;
        layout["autosize"] = false;
        layout.Remove("transition");

        // The default encoder escapes < > & ' as \uXXXX, so the JSON cannot close the script element.
        var json = page.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var width = size.Width.ToString(CultureInfo.InvariantCulture);
        var height = size.Height.ToString(CultureInfo.InvariantCulture);
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            + "<style>html,body{margin:0;padding:0;overflow:hidden;background:#ffffff}</style>\n<script>"
            + s_plotlyJs.Value
            + "</script></head><body>\n"
            + $"<div id=\"chart\" style=\"width:{width}px;height:{height}px\"></div>\n"
            + $"<script>var figure = {json};\n"
            + "Plotly.newPlot('chart', figure.data, figure.layout, { staticPlot: true, displayModeBar: false, responsive: false });</script>\n"
            + "</body></html>\n";
    }

    private static string LoadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name =
            assembly
                .GetManifestResourceNames()
                .Where(n => n.Contains("plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            ?? throw new ChartRenderException($"{assembly.GetName().Name} carries no embedded plotly.min.js.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
