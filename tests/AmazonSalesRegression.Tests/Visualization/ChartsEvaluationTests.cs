using System.Text.Json.Nodes;
using AmazonSalesRegression.Resampling;
using AmazonSalesRegression.Teaching;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsEvaluationTests
{
    [Fact]
    public void A_learning_curve_has_a_training_and_a_validation_line_over_training_size()
    {
        // Given
        LearningCurvePoint[] points = [new(100, 0.2, 0.5), new(200, 0.25, 0.3)];

        // When
        var figure = Figure(Charts.LearningCurve(points, "Learning curve"));

        // Then
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["training", "validation"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal([100.0, 200.0], traces[0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.5, 0.3], traces[1]!["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("training rows", (string?)figure["layout"]!["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void A_bias_variance_figure_has_three_error_curves_by_degree()
    {
        // Given
        BiasVariancePoint[] points = [new(1, 0.3, 0.35, 0.1), new(5, 0.1, 0.2, 0.02)];

        // When
        var traces = Figure(Charts.BiasVariance(points, "Bias and variance"))["data"]!.AsArray();

        // Then
        Assert.Equal(3, traces.Count);
        Assert.Equal([0.1, 0.02], traces[2]!["y"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void A_correlogram_draws_white_noise_bounds_at_plus_and_minus_1_96_over_root_n()
    {
        // Given
        double[] r = [0.3, 0.1, -0.05];

        // When
        var traces = Figure(Charts.Correlogram(r, 400, "Residual autocorrelation"))["data"]!.AsArray();

        // Then
        Assert.Equal([1.0, 2.0, 3.0], traces[0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.All(traces[1]!["y"]!.AsArray(), v => Assert.Equal(0.098, (double)v!, 12));
        Assert.All(traces[2]!["y"]!.AsArray(), v => Assert.Equal(-0.098, (double)v!, 12));
    }

    [Fact]
    public void Actual_vs_forecast_draws_the_actuals_first_and_the_forecasts_in_name_order()
    {
        // Given
        DateOnly[] dates = [new(2025, 10, 6), new(2025, 10, 13)];
        var forecasts = new Dictionary<string, double[]> { ["naive"] = [9.0, 11.0], ["model"] = [10.0, 12.0] };

        // When
        var figure = GenericChart.toFigureJson(Charts.ActualVsForecast(dates, [10.0, 13.0], forecasts, "Weekly units", "units"));
        var traces = JsonNode.Parse(figure)!["data"]!.AsArray();

        // Then
        Assert.Equal(["actual", "model", "naive"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal(figure, GenericChart.toFigureJson(Charts.ActualVsForecast(dates, [10.0, 13.0], forecasts, "Weekly units", "units")));
    }

    private static JsonNode Figure(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;
}
