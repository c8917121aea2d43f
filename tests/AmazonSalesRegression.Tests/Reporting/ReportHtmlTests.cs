using AmazonSalesRegression.Reporting;
using AmazonSalesRegression.Visualization;

namespace AmazonSalesRegression.Tests.Reporting;

public sealed class ReportHtmlTests
{
    private static ReportDocument Document() =>
        new(
            "Sales <report>",
            "Model 1.0 & data",
            [
                new ReportSection(
                    "answers",
                    "Answers",
                    [
                        new ParagraphBlock("Price up 1 % → units down 1.8 %"),
                        new BulletsBlock(["<b>not bold</b>"]),
                        new TableBlock(
                            "Elasticities",
                            ["Category", "Estimate"],
                            [
                                ["Books", "-0.712"],
                            ]
                        ),
                        new ChartBlock(
                            "units",
                            "Weekly units",
                            Charts.Layout("Units", "week", "units", Charts.Line([1.0, 2.0], [3.0, 4.0], "units"))
                        ),
                    ]
                ),
            ]
        );

    [Fact]
    public void Text_is_escaped_and_charts_are_embedded_as_png_data_uris_without_any_script_or_remote_resource()
    {
        // Given
        byte[] png = [0x89, 0x50, 0x4E, 0x47];

        // When
        var html = ReportHtml.Render(Document(), chart => chart.Name == "units" ? png : null);

        // Then
        Assert.Contains("<title>Sales &lt;report&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;b&gt;not bold&lt;/b&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Books</td><td class=\"num\">-0.712</td>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,iVBORw==\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_without_an_image_gets_a_note_and_the_same_input_gives_the_same_bytes()
    {
        // When
        var first = ReportHtml.Render(Document(), _ => null);
        var second = ReportHtml.Render(Document(), _ => null);

        // Then
        Assert.Contains("Chart image not available", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }
}
