using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// A self-contained HTML page that turns Plotly figures into PNGs at a fixed size: Plotly.js inlined (the copy embedded
/// in Plotly.NET, so no network is needed), each figure's layout forced to the image size and without transitions.
/// When loaded, the page draws the figures one after another with <c>Plotly.toImage</c> and appends one
/// <c>&lt;pre data-chart="i"&gt;</c> per figure, holding <c>png </c> and the image's base64, or <c>error </c> and
/// Plotly's message; then it removes its scripts, so a dump of the DOM holds little more than the results.
/// <see cref="ChartPageResults"/> reads them back.
/// </summary>
internal static class ChartPage
{
    /// <summary>The page for <paramref name="figures"/> at <paramref name="size"/>.</summary>
    /// <exception cref="ChartRenderException">A figure is not a JSON object.</exception>
    public static string Html(IReadOnlyList<string> figures, ChartImageSize size)
    {
        var all = new JsonArray();
        for (var i = 0; i < figures.Count; i++)
        {
            all.Add(Prepared(figures[i], size, ChartPageResults.Name(i, figures.Count)));
        }

        // The default encoder escapes < > & ' as \uXXXX, so the JSON cannot close the script element.
        var json = all.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var width = size.Width.ToString(CultureInfo.InvariantCulture);
        var height = size.Height.ToString(CultureInfo.InvariantCulture);
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<script>"
            + LoadPlotlyJs()
            + "</script></head><body>\n<script type=\"application/json\" id=\"figures\">"
            + json
            + "</script>\n<script>\n(async function () {\n"
            + "  var figures = JSON.parse(document.getElementById('figures').textContent);\n"
            + "  for (var i = 0; i < figures.length; i++) {\n"
            + "    var result = document.createElement('pre');\n"
            + "    result.setAttribute('data-chart', String(i));\n"
            + "    try {\n"
            + $"      var url = await Plotly.toImage(figures[i], {{ format: 'png', width: {width}, height: {height}, scale: 1 }});\n"
            + "      result.textContent = 'png ' + url.slice(url.indexOf(',') + 1);\n"
            + "    } catch (e) {\n"
            + "      result.textContent = 'error ' + (e && e.message ? e.message : String(e));\n"
            + "    }\n"
            + "    figures[i] = null;\n"
            + "    document.body.appendChild(result);\n"
            + "  }\n"
            + "  document.querySelectorAll('script').forEach(function (s) { s.remove(); });\n"
            + "})();\n</script>\n</body></html>\n";
    }

    private static JsonObject Prepared(string figureJson, ChartImageSize size, string name)
    {
        JsonObject figure;
        try
        {
            figure = JsonNode.Parse(figureJson) as JsonObject ?? throw new ChartRenderException($"{name} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ChartRenderException($"{name} is not valid JSON: {e.Message}", e);
        }

        foreach (var key in figure.Select(p => p.Key).Where(k => k is not ("data" or "layout")).ToArray())
        {
            figure.Remove(key);
        }

        figure["data"] ??= new JsonArray();

        if (figure["layout"] is not JsonObject layout)
        {
            figure["layout"] = layout = new JsonObject();
        }

        layout["width"] = size.Width;
        layout["height"] = size.Height;
        layout["autosize"] = false;
        layout.Remove("transition");
        figure["config"] = new JsonObject { ["staticPlot"] = true, ["displayModeBar"] = false };
        return figure;
    }

    private static string LoadPlotlyJs()
    {
        try
        {
            return PlotlyJs.Script;
        }
        catch (InvalidOperationException e)
        {
            throw new ChartRenderException(e.Message, e);
        }
    }
}
