using System.Text.Json.Nodes;
using AmazonSalesRegression.Regression.Regularization;
using AmazonSalesRegression.Scoring.Drift;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsRegularizationTests
{
    private static readonly ElasticNetPath Path = new(
        ["a", "b", "c"],
        1.0,
        [1.0, 0.1, 0.01],
        [0.0, 0.0, 0.0],
        [
            [0.0, 0.0, 0.0],
            [0.5, -0.2, 0.0],
            [0.9, -0.4, 0.1],
        ],
        [0, 2, 3],
        [0.0, 0.4, 0.6]
    );

    [Fact]
    public void Coefficient_paths_draw_each_named_coefficient_against_log_lambda()
    {
        // Given a three-step path and a λ marker
        // When the paths of b and a are drawn
        var figure = Figure(Charts.CoefficientPaths(Path, ["b", "a"], "Paths", [("λ_min", 0.1)]));

        // Then there is one trace per coefficient in the order asked, x = ln λ, and the marker is a vertical line
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["b", "a", "λ_min"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal([0.0, -0.2, -0.4], Values(traces[0]!["y"]));
        Assert.Equal(Math.Log(0.01), Values(traces[1]!["x"])[2], 12);
        Assert.Equal([Math.Log(0.1), Math.Log(0.1)], Values(traces[2]!["x"]));
        Assert.Equal("log λ", (string?)figure["layout"]!["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void The_coefficient_paths_legend_sits_beside_the_plot_area_so_it_covers_no_path()
    {
        // Given the path
        // When three paths and a marker are drawn
        var figure = Figure(Charts.CoefficientPaths(Path, ["a", "b", "c"], "Paths", [("λ_min", 0.1)]));

        // Then the legend is anchored right of the plot area (x > 1, left-anchored), one entry per row
        var legend = figure["layout"]!["legend"]!;
        Assert.True((double)legend["x"]! > 1);
        Assert.Equal("left", (string?)legend["xanchor"]);
        Assert.Equal("v", (string?)legend["orientation"]);
    }

    [Fact]
    public void Coefficient_paths_reject_a_name_that_is_not_a_predictor()
    {
        // Given the path
        // When an unknown predictor is asked for
        // Then it fails with the name in the message
        var error = Assert.Throws<ArgumentException>(() => Charts.CoefficientPaths(Path, ["z"], "Paths"));
        Assert.Contains("'z'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cross_validation_curve_carries_one_standard_error_bars_and_both_lambda_markers()
    {
        // Given a CV result with λ_min at the middle λ and λ_1se at the first
        var result = new CrossValidationResult(Path, [2.0, 1.0, 1.5], [0.3, 0.2, 0.25], 1, 0);

        // When the curve is drawn
        var figure = Figure(Charts.CrossValidationCurve(result, "CV"));

        // Then the error bars are the standard errors and the markers sit at ln λ_min and ln λ_1se
        var traces = figure["data"]!.AsArray();
        Assert.Equal([2.0, 1.0, 1.5], Values(traces[0]!["y"]));
        Assert.Equal([0.3, 0.2, 0.25], Values(traces[0]!["error_y"]!["array"]));
        Assert.Equal(["λ_min", "λ_1se"], traces.Skip(1).Select(t => (string?)t!["name"]));
        Assert.Equal(Math.Log(0.1), Values(traces[1]!["x"])[0], 12);
        Assert.Equal(0.0, Values(traces[2]!["x"])[0], 12);
    }

    [Fact]
    public void Drift_bars_show_each_window_and_both_thresholds()
    {
        // Given a stable and a shifted window
        DriftReport Report(double psi) =>
            new(
                1000,
                500,
                [new FeatureDrift("selling_price", psi, 0.1, DriftStatistics.Verdict(psi))],
                new FeatureDrift("prediction", psi / 2, 0.05, DriftStatistics.Verdict(psi / 2)),
                DriftStatistics.Verdict(psi)
            );

        // When the PSI chart is drawn
        var figure = Figure(Charts.DriftPsi("Drift", ("baseline", Report(0.02)), ("shifted", Report(0.4))));

        // Then each window is a bar trace over the inputs and the prediction, followed by the 0.1 and 0.25 lines
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["bar", "bar", "scatter", "scatter"], traces.Select(t => (string?)t!["type"]));
        Assert.Equal([0.4, 0.2], Values(traces[1]!["y"]));
        Assert.Equal(["selling_price", "prediction"], traces[0]!["x"]!.AsArray().Select(v => (string?)v));
        Assert.Equal([0.1, 0.1], Values(traces[2]!["y"]));
        Assert.Equal([0.25, 0.25], Values(traces[3]!["y"]));
    }

    private static JsonNode Figure(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;

    private static double[] Values(JsonNode? node) => [.. node!.AsArray().Select(v => (double)v!)];
}
