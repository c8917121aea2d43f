using System.Text.Json.Nodes;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Visualization;
using MathNet.Numerics.Distributions;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsDiagnosticsTests
{
    [Fact]
    public void Residuals_vs_fitted_draws_every_point_of_a_small_fit_and_a_zero_line()
    {
        // Given
        double[] fitted = [1.0, 2.0, 3.0, 4.0];
        double[] residuals = [0.5, -0.25, 0.0, -0.25];

        // When
        var traces = Traces(Charts.ResidualsVsFitted(fitted, residuals));

        // Then
        Assert.Equal(["observations", "zero"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal(residuals, Numbers(traces[0]!["y"]!));
        Assert.Equal([1.0, 4.0], Numbers(traces[1]!["x"]!));
        Assert.Equal([0.0, 0.0], Numbers(traces[1]!["y"]!));
    }

    [Fact]
    public void A_large_cloud_is_sampled_to_at_most_max_points_and_the_same_way_every_time()
    {
        // Given
        var fitted = Enumerable.Range(0, 10_000).Select(i => i * 0.5).ToArray();
        var residuals = fitted.Select(v => Math.Sin(v)).ToArray();

        // When
        var first = GenericChart.toFigureJson(Charts.ResidualsVsFitted(fitted, residuals, maxPoints: 300));
        var second = GenericChart.toFigureJson(Charts.ResidualsVsFitted(fitted, residuals, maxPoints: 300));

        // Then
        Assert.Equal(first, second);
        var x = Numbers(JsonNode.Parse(first)!["data"]![0]!["x"]!);
        Assert.Equal(300, x.Length);
        Assert.Equal(0.0, x[0]);
        Assert.True(x.Zip(x.Skip(1)).All(p => p.Second > p.First), "sampled points keep data order");
    }

    [Fact]
    public void Normal_quantiles_plotted_against_themselves_lie_on_the_reference_line()
    {
        // Given: a sample equal to the standard normal quantiles at Blom's plotting positions
        const int n = 101;
        var sample = Enumerable.Range(1, n).Select(i => Normal.InvCDF(0, 1, (i - 0.375) / (n + 0.25))).Reverse().ToArray();

        // When
        var traces = Traces(Charts.NormalQq(sample));

        // Then: points at (q, q) to the 5 significant digits drawn; the reference line passes through the sample quartiles (positions 25 and 75) at the normal quartiles, slope 1 within 2 %
        var x = Numbers(traces[0]!["x"]!);
        var y = Numbers(traces[0]!["y"]!);
        Assert.Equal(n, x.Length);
        Assert.Equal(x, y);
        Assert.Equal(-2.5021, x[0]);
        var lineX = Numbers(traces[1]!["x"]!);
        var lineY = Numbers(traces[1]!["y"]!);
        var slope = (lineY[1] - lineY[0]) / (lineX[1] - lineX[0]);
        var (q1, q3) = (Normal.InvCDF(0, 1, 0.25), Normal.InvCDF(0, 1, 0.75));
        var sorted = sample.Order().ToArray();
        Assert.Equal(sorted[25], lineY[0] + (slope * (q1 - lineX[0])), 12);
        Assert.Equal(sorted[75], lineY[0] + (slope * (q3 - lineX[0])), 12);
        Assert.InRange(slope, 0.98, 1.02);
    }

    [Fact]
    public void Q_q_sampling_keeps_both_extremes()
    {
        // Given
        var sample = Enumerable.Range(0, 5_000).Select(i => (double)((i * 7919) % 5_000)).ToArray();

        // When
        var y = Numbers(Traces(Charts.NormalQq(sample, maxPoints: 50))[0]!["y"]!);

        // Then
        Assert.Equal(50, y.Length);
        Assert.Equal(0.0, y[0]);
        Assert.Equal(4_999.0, y[^1]);
    }

    [Fact]
    public void The_influence_plot_labels_an_injected_outlier_first()
    {
        // Given: a straight line with small deterministic noise and one large outlier in row 7
        var x = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var y = x.Select((v, i) => 1.0 + (2.0 * v) + (0.3 * Math.Sin(3.0 * i)) + (i == 7 ? 15.0 : 0.0)).ToArray();
        var fit = Ols.Fit([x], y, ["x"]);
        var labels = x.Select(v => $"row {v}").ToArray();

        // When
        var traces = Traces(Charts.Influence(fit.GetInfluence(), labels, highlight: 3));

        // Then
        var highlighted = traces.Single(t => (string?)t!["name"] == "largest Cook's distance")!;
        Assert.Equal("row 7", (string?)highlighted["text"]![0]);
        Assert.Equal(3, highlighted["text"]!.AsArray().Count);
        var others = traces.Single(t => (string?)t!["name"] == "observations")!;
        Assert.Equal(37, others["x"]!.AsArray().Count);
        Assert.Contains(traces, t => (string?)t!["name"] == "h = 2p/n");
    }

    [Fact]
    public void Labels_of_neighbouring_points_and_of_a_point_at_the_right_edge_are_placed_apart_and_inside_the_plot()
    {
        // Given: two points whose centred labels would overlap, and one at the right edge of the x range
        double[] x = [0.0074, 0.0081, 0.0125];
        double[] y = [2.6, 2.6, -2.0];
        string[] text = ["2024-07-12", "2025-08-13", "2025-05-22"];

        // When
        var positions = Charts.PlaceLabels(x, y, text, (0.0, 0.0128), (-9.0, 9.0));

        // Then
        Assert.Equal(StyleParam.TextPosition.TopCenter, positions[0]);
        Assert.NotEqual(StyleParam.TextPosition.TopCenter, positions[1]);
        Assert.Contains(positions[2], new[] { StyleParam.TextPosition.MiddleLeft, StyleParam.TextPosition.TopLeft, StyleParam.TextPosition.BottomLeft });
    }

    [Fact]
    public void The_prediction_band_is_drawn_outside_the_confidence_band()
    {
        // Given
        var x = Enumerable.Range(0, 30).Select(i => 10.0 + i).ToArray();
        var y = x.Select((v, i) => 50.0 - (1.5 * v) + (2.0 * Math.Cos(i))).ToArray();
        var fit = Ols.Fit([x], y, ["price"]);
        double[] grid = [10.0, 20.0, 39.0];
        var bands = fit.Predict([grid]);

        // When
        var traces = Traces(Charts.FitWithBands(x, y, grid, bands, "Units by price", "price", "units"));

        // Then
        var prediction = traces.Single(t => (string?)t!["name"] == "95% prediction interval")!;
        var confidence = traces.Single(t => (string?)t!["name"] == "95% confidence interval")!;
        Assert.Equal("tonexty", (string?)prediction["fill"]);
        Assert.All(
            Numbers(prediction["y"]!).Zip(Numbers(confidence["y"]!)),
            p => Assert.True(p.First > p.Second, "the prediction band's upper edge is above the confidence band's")
        );
        Assert.Equal(bands.Select(b => b.Mean), Numbers(traces.Single(t => (string?)t!["name"] == "fitted line")!["y"]!));
    }

    [Fact]
    public void Mismatched_lengths_are_rejected_with_the_argument_named()
    {
        // Given
        double[] fitted = [1.0, 2.0, 3.0];
        double[] residuals = [0.1, -0.1];

        // When
        var error = Assert.Throws<ArgumentException>(() => Charts.ResidualsVsFitted(fitted, residuals));

        // Then
        Assert.Equal("residuals", error.ParamName);
    }

    private static JsonArray Traces(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!["data"]!.AsArray();

    private static double[] Numbers(JsonNode node) => [.. node.AsArray().Select(v => (double)v!)];
}
