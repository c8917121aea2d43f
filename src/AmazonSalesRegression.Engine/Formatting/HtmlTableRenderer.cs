using System.Text;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Renders a <see cref="DisplayTable"/> as an HTML table (the <c>text/html</c> form); all text is escaped.</summary>
internal static class HtmlTableRenderer
{
    /// <summary>A <c>&lt;table&gt;</c> with a caption, a header row, one row per shown row, and a truncation note.</summary>
    public static string Render(DisplayTable table)
    {
        var html = new StringBuilder();
        html.Append("<table>\n");
        html.Append("<caption>").Append(HtmlText.Escape(table.Caption)).Append("</caption>\n");
        html.Append("<thead><tr><th></th>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(HtmlText.Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr><th>").Append(HtmlText.Escape(table.RowLabels[r])).Append("</th>");
            foreach (var cell in table.Rows[r])
            {
                html.Append("<td>").Append(HtmlText.Escape(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        if (table.TruncationNote.Length > 0)
        {
            html.Append("\n<p>").Append(HtmlText.Escape(table.TruncationNote)).Append("</p>");
        }

        return html.ToString();
    }
}
