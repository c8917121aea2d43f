using System.Text.Json.Nodes;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsExplorationTests
{
    [Fact]
    public void Markers_draw_points_without_lines_on_a_date_axis()
    {
        // Given
        DateTime[] days = [new(2024, 7, 16), new(2024, 7, 17)];

        // When
        var trace = JsonNode.Parse(GenericChart.toFigureJson(Charts.Markers(days, [5000.0, 5600.0], "Prime Day")))!["data"]![0]!;

        // Then
        Assert.Equal("markers", (string?)trace["mode"]);
        Assert.Equal("Prime Day", (string?)trace["name"]);
        Assert.Equal([5000.0, 5600.0], trace["y"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void Labelled_bars_print_each_value_rounded()
    {
        // Given
        string[] labels = ["Books", "Toys"];

        // When
        var trace = JsonNode.Parse(GenericChart.toFigureJson(Charts.LabelledBar(labels, [0.1234, 2.5], "share", decimals: 2)))!["data"]![
            0
        ]!;

        // Then
        Assert.Equal("bar", (string?)trace["type"]);
        Assert.Equal(["0.12", "2.50"], trace["text"]!.AsArray().Select(v => (string?)v));
    }
}
