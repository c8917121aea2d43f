using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Tests.Support;
using Deedle;
using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Engine.Tests.Formatting;

public sealed class FormatterTests
{
    private static FormatterRegistry Registry(int maxRows = 20) => FormatterRegistry.CreateDefault(new FormatContext(maxRows, 30));

    [Fact]
    public void A_DataFrame_becomes_an_escaped_html_table_of_its_first_rows()
    {
        // Given
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<int>("units", [1, 2, 3]),
            new StringDataFrameColumn("sku <id>", ["A&B", null, "<script>"])
        );

        // When
        var data = Registry(maxRows: 2).Format(frame);

        // Then
        var html = data.Text("text/html");
        Assert.Contains("<caption>DataFrame (3 rows × 2 columns)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>sku &lt;id&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>0</th><td>1</td><td>A&amp;B</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>1</th><td>2</td><td>null</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<p>… 1 more row</p>", html, StringComparison.Ordinal);
        Assert.Equal("DataFrame (3 rows × 2 columns)\n   units  sku <id>\n0  1      A&B\n1  2      null\n… 1 more row", data.Text());
    }

    [Fact]
    public void A_Deedle_frame_becomes_a_table_with_row_keys_and_missing_values()
    {
        // Given
        var frame = Frame.FromRecords(new[] { new { Price = 1.5, Sku = "A" }, new { Price = double.NaN, Sku = "B" } });

        // When
        var data = Registry().Format(frame);

        // Then
        var html = data.Text("text/html");
        Assert.Contains("<caption>Frame&lt;int, string&gt; (2 rows × 2 columns)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Price</th><th>Sku</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>0</th><td>1.5</td><td>A</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>1</th><td>&lt;missing&gt;</td><td>B</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Deedle_series_becomes_a_key_value_table()
    {
        // Given
        var series = new Series<string, double>(["north", "south"], [10.25, double.NaN]);

        // When
        var data = Registry().Format(series);

        // Then
        Assert.Equal("Series<string, double> (2 items)\n       value\nnorth  10.25\nsouth  <missing>", data.Text());
        Assert.Contains("<tr><th>north</th><td>10.25</td></tr>", data.Text("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_of_records_becomes_a_table_of_their_public_properties()
    {
        // Given
        var rows = new List<Point> { new(1, "a<b"), new(2, "c") };

        // When
        var data = Registry().Format(rows);

        // Then
        Assert.Equal("Point (2 rows)\n   X  Label\n0  1  a<b\n1  2  c", data.Text());
        Assert.Contains("<thead><tr><th></th><th>X</th><th>Label</th></tr></thead>", data.Text("text/html"), StringComparison.Ordinal);
        Assert.Contains("<td>a&lt;b</td>", data.Text("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plotly_chart_becomes_the_plotly_mime_bundle_with_data_and_layout()
    {
        // Given
        var trace = new Plotly.NET.Trace2D("scatter");
        trace.SetProperty("x", new[] { 1.0, 2.0 });
        trace.SetProperty("y", new[] { 3.0, 4.0 });
        var chart = Plotly.NET.GenericChart.ofTraceObject(false, trace);

        // When
        var first = Registry().Format(chart);
        var again = Registry().Format(chart);

        // Then
        var figure = first.Data["application/vnd.plotly.v1+json"].AsObject();
        Assert.Equal(["data", "layout"], figure.Select(p => p.Key));
        Assert.Equal("scatter", figure["data"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("[3.0,4.0]", figure["data"]![0]!["y"]!.ToJsonString());
        Assert.Equal("Plotly chart: 1 trace (scatter)", first.Text());
        Assert.Contains("<div id=\"plotly-", first.Text("text/html"), StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", first.Text("text/html"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(first.Text("text/html"), again.Text("text/html"));
    }

    [Fact]
    public void A_chart_s_html_draws_with_the_page_s_plotly_and_otherwise_keeps_its_fallback()
    {
        // When
        var html = Registry().Format(Plotly.NET.Chart.Invisible()).Text("text/html");

        // Then the fallback is in the div until window.Plotly draws over it; nothing is fetched
        Assert.Contains($"class=\"plotly-chart\">{PlotlyChartHtml.NoImageNote}</div>", html, StringComparison.Ordinal);
        Assert.Contains("window.Plotly.newPlot(target, figure.data, figure.layout", html, StringComparison.Ordinal);
        Assert.DoesNotContain("require(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_s_html_with_an_image_shows_the_png_in_place_of_its_note()
    {
        // Given
        var html = Registry().Format(Plotly.NET.Chart.Invisible()).Text("text/html");

        // When
        var withImage = PlotlyChartHtml.WithImage(html, "iVBORw0KGgo=", "Plotly chart: \"a\" <b>");

        // Then only the note changed
        var image =
            "<img alt=\"Plotly chart: &quot;a&quot; &lt;b&gt;\" style=\"max-width: 100%;\" src=\"data:image/png;base64,iVBORw0KGgo=\">";
        Assert.Equal(html.Replace(PlotlyChartHtml.NoImageNote, image, StringComparison.Ordinal), withImage);
        Assert.Equal("<p>user html</p>", PlotlyChartHtml.WithImage("<p>user html</p>", "iVBORw0KGgo=", "chart"));
    }

    [Fact]
    public void The_same_chart_shown_twice_in_a_session_gets_distinct_element_ids()
    {
        // Given
        var registry = Registry();
        var chart = Plotly.NET.Chart.Invisible();

        // When
        var first = registry.Format(chart).Text("text/html");
        var second = registry.Format(chart).Text("text/html");

        // Then
        Assert.NotEqual(first, second);
        Assert.Equal(first.Split('"')[1] + "-2", second.Split('"')[1]);
    }

    [Fact]
    public void Objects_with_ToHtml_show_that_html()
    {
        // When
        var data = Registry().Format(new Summary());

        // Then
        Assert.Equal("<p>R² = 0.9</p>", data.Text("text/html"));
        Assert.Equal("summary", data.Text());
    }

    [Theory]
    [InlineData(1234.5, "1234.5")]
    [InlineData(true, "True")]
    [InlineData("plain text", "plain text")]
    public void Scalars_are_plain_text_in_the_invariant_culture(object value, string expected)
    {
        // When
        var data = Registry().Format(value);

        // Then
        Assert.Equal(expected, data.Text());
        Assert.Equal(["text/plain"], data.Data.Keys);
    }

    [Fact]
    public void Sequences_of_scalars_are_listed_with_the_rest_counted()
    {
        // When
        var data = Registry(maxRows: 3).Format(Enumerable.Range(1, 5));

        // Then
        Assert.Equal("[1, 2, 3, … 2 more]", data.Text());
    }

    [Fact]
    public void Objects_without_their_own_ToString_list_their_properties()
    {
        // When
        var data = Registry().Format(new Plain { Name = "x", Values = [1, 2] });

        // Then
        Assert.Equal("Plain { Name = x, Values = [1, 2] }", data.Text());
    }

    public sealed record Point(int X, string Label);

    public sealed class Plain
    {
        public string Name { get; init; } = "";

        public int[] Values { get; init; } = [];
    }

    public sealed class Summary
    {
        public string ToHtml() => "<p>R² = 0.9</p>";

        public override string ToString() => "summary";
    }
}
