using AmazonSalesRegression.Engine.Formatting;
using Plotly.NET;

namespace AmazonSalesRegression.Interactive.Tests;

public sealed class BundleSourceTests
{
    private static readonly string[] MimeTypes = ["application/vnd.plotly.v1+json", "text/html", "text/plain"];

    [Fact]
    public void A_value_shown_twice_gets_the_ids_the_course_kernel_gives_it_when_shown_twice()
    {
        // Given a chart, and the course kernel's HTML for it shown twice in one session
        var chart = Chart();
        var kernel = new DisplayFormatter();
        var expected = new[] { kernel.Format(chart), kernel.Format(chart) }.Select(d => d.Data["text/html"].GetValue<string>());
        var source = new BundleSource(new DisplayFormatter(), MimeTypes);

        // When .NET Interactive asks for each MIME type of each of two displays
        var html = new List<string>();
        for (var display = 0; display < 2; display++)
        {
            foreach (var mimeType in MimeTypes)
            {
                var entry = source.Take(chart, mimeType);
                if (mimeType == "text/html")
                {
                    html.Add(entry!.GetValue<string>());
                }
            }
        }

        // Then
        Assert.Equal(expected, html);
        Assert.Contains("-2\"", html[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mime_type_the_bundle_lacks_is_null()
    {
        // Given
        var source = new BundleSource(new DisplayFormatter(), ["image/png", "text/plain"]);

        // When
        var png = source.Take(Chart(), "image/png");

        // Then
        Assert.Null(png);
    }

    private static GenericChart Chart()
    {
        var trace = new Trace2D("scatter");
        trace.SetProperty("y", new[] { 3.0, 4.0 });
        return GenericChart.ofTraceObject(false, trace);
    }
}
