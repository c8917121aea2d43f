using System.Net;
using System.Text;

namespace AmazonSalesRegression.Reporting;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained HTML file: inline styles, charts embedded as PNG data
/// URIs, no scripts and nothing fetched from the network, so it opens offline and in e-mail attachments. The output
/// depends only on the document and the images, byte for byte.
/// </summary>
public static class ReportHtml
{
    /// <summary>Renders <paramref name="document"/>; <paramref name="imageOf"/> gives a chart's PNG bytes, or null when there is no image.</summary>
    public static string Render(ReportDocument document, Func<ChartBlock, byte[]?> imageOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(imageOf);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>")
            .Append(Encode(document.Title))
            .Append("</title>\n<style>\n")
            .Append(Style)
            .Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>")
            .Append(Encode(document.Title))
            .Append("</h1><p class=\"subtitle\">")
            .Append(Encode(document.Subtitle))
            .Append("</p>\n<nav><ol>");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(Encode(section.Id)).Append("\">").Append(Encode(section.Title)).Append("</a></li>");
        }

        html.Append("</ol></nav></header>\n<main>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section id=\"").Append(Encode(section.Id)).Append("\">\n<h2>").Append(Encode(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Append(html, block, imageOf);
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Append(StringBuilder html, ReportBlock block, Func<ChartBlock, byte[]?> imageOf)
    {
        switch (block)
        {
            case ParagraphBlock p:
                html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                break;
            case BulletsBlock b:
                html.Append("<ul>").AppendJoin("", b.Items.Select(i => "<li>" + Encode(i) + "</li>")).Append("</ul>\n");
                break;
            case TableBlock t:
                html.Append("<table>\n<caption>")
                    .Append(Encode(t.Caption))
                    .Append("</caption>\n<thead><tr>")
                    .AppendJoin("", t.Headers.Select(h => "<th>" + Encode(h) + "</th>"))
                    .Append("</tr></thead>\n<tbody>\n");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>").AppendJoin("", row.Select(Cell)).Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
                break;
            case ChartBlock c:
                html.Append("<figure>");
                html.Append(
                    imageOf(c) is { } png
                        ? $"<img alt=\"{Encode(c.Caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">"
                        : "<p class=\"missing\">Chart image not available (rendering needs Chromium; see README).</p>"
                );
                html.Append("<figcaption>").Append(Encode(c.Caption)).Append("</figcaption></figure>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown report block.");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // Numbers, amounts and intervals line up on the right; words read from the left.
    private static string Cell(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '−' or '$' or '[' or '<' or '—')
            ? "<td class=\"num\">" + Encode(text) + "</td>"
            : "<td>" + Encode(text) + "</td>";

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 0 auto; max-width: 980px; padding: 24px; line-height: 1.5; }
        h1 { margin-bottom: 0; } .subtitle { color: #57606a; margin-top: 4px; }
        nav ol { columns: 2; padding-left: 20px; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 40px; }
        table { border-collapse: collapse; margin: 16px 0; font-size: 14px; width: 100%; }
        caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; } td.num { text-align: right; white-space: nowrap; }
        thead { background: #f6f8fa; } figure { margin: 16px 0; } img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
        figcaption { color: #57606a; font-size: 14px; } .missing { color: #9a6700; }

        """;
}
