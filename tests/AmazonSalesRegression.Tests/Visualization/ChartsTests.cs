using System.Text.Json.Nodes;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsTests
{
    [Fact]
    public void Layout_sets_title_axis_titles_size_and_keeps_every_trace()
    {
        // Given
        var line = Charts.Line([1.0, 2.0, 3.0], [2.0, 4.0, 6.0], "fit");
        var points = Charts.Scatter([1.0, 2.0, 3.0], [2.1, 3.9, 6.2], "data");

        // When
        var figure = Figure(Charts.Layout("Units by price", "price (USD)", "units", points, line));

        // Then
        Assert.Equal("Units by price", (string?)figure["layout"]!["title"]!["text"]);
        Assert.Equal("price (USD)", (string?)figure["layout"]!["xaxis"]!["title"]!["text"]);
        Assert.Equal("units", (string?)figure["layout"]!["yaxis"]!["title"]!["text"]);
        Assert.Equal(Charts.Width, (int)figure["layout"]!["width"]!);
        Assert.Equal(Charts.Height, (int)figure["layout"]!["height"]!);
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["data", "fit"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal([2.1, 3.9, 6.2], traces[0]!["y"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void The_same_data_give_the_same_figure_json()
    {
        // Given
        string Build() =>
            GenericChart.toFigureJson(
                Charts.Layout(
                    "Daily units",
                    "date",
                    "units",
                    Charts.Line([new DateTime(2024, 1, 1), new DateTime(2024, 1, 2)], [10.0, 12.0], "units"),
                    Charts.Bar(["Books", "Toys"], [3.0, 4.0], "share"),
                    Charts.Histogram([1.0, 2.0, 2.5], "residuals", bins: 10)
                )
            );

        // When
        var first = Build();
        var second = Build();

        // Then
        Assert.Equal(first, second);
        Assert.Contains("\"type\":\"histogram\"", first, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"bar\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_puts_row_labels_on_y_and_column_labels_on_x()
    {
        // Given
        double[][] z =
        [
            [1.0, 0.9],
            [0.9, 1.0],
        ];

        // When
        var trace = Figure(Charts.Heatmap(["sp", "sb"], ["sp", "sb"], z))["data"]![0]!;

        // Then
        Assert.Equal("heatmap", (string?)trace["type"]);
        Assert.Equal(["sp", "sb"], trace["x"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(0.9, (double)trace["z"]![0]![1]!);
    }

    [Fact]
    public void A_titled_heatmap_prints_its_values_and_keeps_the_first_row_on_top()
    {
        // Given
        double[][] z =
        [
            [1.0, 0.9],
            [0.9, 1.0],
        ];

        // When
        var figure = Figure(Charts.Heatmap(["sp", "sb"], ["sp", "sb"], z, "Ad channel correlations"));

        // Then
        Assert.Equal("Ad channel correlations", (string?)figure["layout"]!["title"]!["text"]);
        Assert.Equal("reversed", (string?)figure["layout"]!["yaxis"]!["autorange"]);
        Assert.Equal("%{z:.2f}", (string?)figure["data"]![0]!["texttemplate"]);
    }

    private static JsonNode Figure(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;
}
