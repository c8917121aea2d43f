using System.Net;
using System.Text;

namespace AmazonSalesRegression.Regression.Summary;

/// <summary>The HTML layout, for notebooks and reports: three tables like statsmodels' <c>summary().as_html()</c>.</summary>
public sealed partial class OlsSummary
{
    /// <summary>The summary as an HTML fragment (no scripts, no external resources); every text is HTML-escaped.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"ols-summary\">");
        html.Append("<table class=\"simpletable\"><caption>OLS Regression Results</caption>");
        AppendPairRows(html, Header());
        html.Append("</table><table class=\"simpletable\"><tr><th></th>");
        var (lower, upper) = IntervalLabels();
        foreach (var heading in new[] { "coef", "std err", StatisticName, $"P>|{StatisticName}|", lower, upper })
        {
            html.Append("<th>").Append(Escape(heading)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var c in Coefficients)
        {
            html.Append("<tr><th>").Append(Escape(c.Name)).Append("</th>");
            var cells = CoefficientCells(c);
            foreach (var cell in cells)
            {
                html.Append("<td>").Append(Escape(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table><table class=\"simpletable\">");
        AppendPairRows(html, Footer());
        html.Append("</table><p>Notes:</p><ol>");
        foreach (var note in Notes())
        {
            html.Append("<li>").Append(Escape(note)).Append("</li>");
        }

        return html.Append("</ol></div>").ToString();
    }

    private static void AppendPairRows(
        StringBuilder html,
        IEnumerable<((string Label, string Value) Left, (string Label, string Value) Right)> rows
    )
    {
        foreach (var (left, right) in rows)
        {
            html.Append("<tr><th>")
                .Append(Escape(left.Label))
                .Append("</th><td>")
                .Append(Escape(left.Value))
                .Append("</td><th>")
                .Append(Escape(right.Label))
                .Append("</th><td>")
                .Append(Escape(right.Value))
                .Append("</td></tr>");
        }
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
