namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// The <c>text/html</c> of a Plotly chart: a div holding a fallback, and a script that replaces the fallback with the
/// chart drawn by the page's <c>window.Plotly</c> (waiting up to five seconds for a Plotly.js sent just before it).
/// It never loads Plotly.js from a network. The fallback is a short note until the headless runner, which has the
/// chart's PNG, swaps in the image (<see cref="WithImage"/>), so pages that run no script, or have no Plotly.js,
/// show the picture instead.
/// </summary>
internal static class PlotlyChartHtml
{
    /// <summary>What the div shows when neither Plotly.js nor an image is at hand.</summary>
    public const string NoImageNote = "<p>Plotly.js is not loaded on this page and this output holds no image of the chart.</p>";

    // The default encoder escapes < > & ' as \uXXXX, so the JSON cannot close the script element.

    /// <summary>The chart's HTML, drawing <paramref name="figureJson"/> into the element <paramref name="id"/>.</summary>
    public static string Render(string id, string figureJson) =>
        $$"""
            <div id="{{id}}" class="plotly-chart">{{NoImageNote}}</div>
            <script type="text/javascript">
            (function () {
              var figure = {{figureJson}};
              var target = document.getElementById("{{id}}");
              var attempts = 0;
              var draw = function () {
                if (typeof window.Plotly !== "undefined") {
                  target.innerHTML = "";
                  window.Plotly.newPlot(target, figure.data, figure.layout, { responsive: true });
                } else if (++attempts < 50) {
                  window.setTimeout(draw, 100);
                }
              };
              draw();
            })();
            </script>
            """;

    /// <summary>
    /// <paramref name="html"/> with its note replaced by the chart's PNG (<paramref name="pngBase64"/>), described by
    /// <paramref name="description"/>; unchanged when it holds no note (it was not made by <see cref="Render"/>).
    /// </summary>
    public static string WithImage(string html, string pngBase64, string description)
    {
        var at = html.IndexOf(NoImageNote, StringComparison.Ordinal);
        return at < 0
            ? html
            : string.Concat(
                html.AsSpan(0, at),
                $"<img alt=\"{HtmlText.Escape(description)}\" style=\"max-width: 100%;\" src=\"data:image/png;base64,{pngBase64}\">",
                html.AsSpan(at + NoImageNote.Length)
            );
    }
}
