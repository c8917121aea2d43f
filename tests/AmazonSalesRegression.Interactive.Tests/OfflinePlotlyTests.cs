using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Interactive.Tests;

public sealed class OfflinePlotlyTests
{
    [Fact]
    public void The_loader_inlines_plotly_js_with_module_loaders_hidden_and_needs_no_network()
    {
        // Given
        var source = PlotlyJs.Script;

        // When
        var loader = OfflinePlotly.Loader;

        // Then
        Assert.StartsWith("<script type=\"text/javascript\">", loader, StringComparison.Ordinal);
        Assert.Contains("(function (define, module, exports) {\n" + source + "\n})();", loader, StringComparison.Ordinal);
        Assert.Contains("if (typeof window.Plotly === \"undefined\")", loader, StringComparison.Ordinal);
        Assert.EndsWith("</script>\n", loader, StringComparison.Ordinal);
        Assert.Equal(1, CountOf("</script", loader));
        Assert.DoesNotContain("<script src", loader, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_loader_is_given_once_per_process()
    {
        // Given the loader taken once (by this test, or by an earlier chart)
        OfflinePlotly.TakeLoader();

        // When
        var again = OfflinePlotly.TakeLoader();

        // Then
        Assert.Equal(string.Empty, again);
    }

    private static int CountOf(string part, string text) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
