using System.Text.Json.Nodes;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsEffectsTests
{
    private static CoefficientEstimate Row(string name, double b, double lo, double hi, bool aliased = false) =>
        new(name, b, 0.1, b / 0.1, 0.01, lo, hi, 0.95, aliased);

    [Fact]
    public void Coefficient_plot_draws_asymmetric_error_bars_from_the_confidence_limits()
    {
        // Given
        CoefficientEstimate[] rows = [Row("a", -1.0, -1.2, -0.9), Row("b", 0.5, 0.4, 0.7)];

        // When
        var figure = Figure(Charts.Layout("Effects", "coefficient", "", Charts.CoefficientPlot(rows, "estimate")));

        // Then
        var trace = figure["data"]![0]!;
        Assert.Equal(["a", "b"], trace["y"]!.AsArray().Select(v => (string?)v));
        Assert.Equal([-1.0, 0.5], trace["x"]!.AsArray().Select(v => (double)v!));
        var plus = trace["error_x"]!["array"]!.AsArray().Select(v => (double)v!).ToArray();
        var minus = trace["error_x"]!["arrayminus"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(0.1, plus[0], 12);
        Assert.Equal(0.2, minus[0], 12);
        Assert.Equal(0.2, plus[1], 12);
        Assert.Equal(0.1, minus[1], 12);
    }

    [Fact]
    public void Coefficient_plot_leaves_out_aliased_rows_and_uses_the_given_labels()
    {
        // Given
        CoefficientEstimate[] rows = [Row("x1", 1, 0.8, 1.2), Row("x2", double.NaN, double.NaN, double.NaN, aliased: true)];

        // When
        var figure = Figure(Charts.Layout("Effects", "coefficient", "", Charts.CoefficientPlot(rows, "estimate", ["first", "second"])));

        // Then
        Assert.Equal(["first"], figure["data"]![0]!["y"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void Markers_put_values_on_the_labelled_rows_and_reject_mismatched_lengths()
    {
        // Given
        string[] labels = ["Books", "Toys"];

        // When
        var figure = Figure(Charts.Layout("Truth", "x", "", Charts.Markers(labels, [-0.7, -1.5], "true value")));

        // Then
        Assert.Equal([-0.7, -1.5], figure["data"]![0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("x", (string?)figure["data"]![0]!["marker"]!["symbol"]);
        Assert.Throws<ArgumentException>(() => Charts.Markers(labels, [1.0], "true value"));
    }

    private static JsonNode Figure(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;
}
