using System.Globalization;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Diagnostics;
using MathNet.Numerics.Distributions;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AmazonSalesRegression.Visualization;

/// <summary>
/// The regression diagnostic figures: residuals against fitted values, the normal Q-Q plot, the leverage-influence plot
/// and a simple-regression fit line with its confidence and prediction bands. Each builder returns a finished figure
/// (styled by <see cref="Layout"/>) and keeps at most <c>maxPoints</c> points per cloud with a deterministic, evenly
/// spaced sample, its coordinates rounded to <see cref="PlotDigits"/> significant digits, so a notebook stays small
/// whatever the number of observations.
/// </summary>
// References:
//   Wilk, M. B. & Gnanadesikan, R. (1968). Probability plotting methods for the analysis of data. Biometrika 55(1), 1-17.
//   Blom, G. (1958). Statistical Estimates and Transformed Beta-Variables. Wiley (plotting positions (i − 3/8)/(n + 1/4)).
//   Belsley, D. A., Kuh, E. & Welsch, R. E. (1980). Regression Diagnostics, ch. 2. Wiley (leverage cut-off 2p/n).
//   James, G., Witten, D., Hastie, T., Tibshirani, R. & Taylor, J. (2023). An Introduction to Statistical Learning with
//   Applications in Python, §3.3.3. Springer (residual, Q-Q and leverage plots).
public static partial class Charts
{
    /// <summary>The default largest number of points a diagnostic figure draws per point cloud.</summary>
    public const int MaxPoints = 2000;

    /// <summary>Significant digits kept in the coordinates of point clouds (far finer than a pixel).</summary>
    public const int PlotDigits = 5;

    /// <summary>Residuals against fitted values with a zero line: curvature means a missed non-linearity, a funnel a non-constant variance.</summary>
    /// <param name="fitted">Fitted values ŷᵢ.</param>
    /// <param name="residuals">Residuals eᵢ, one per fitted value.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="maxPoints">Largest number of points drawn (an evenly spaced sample of the observations).</param>
    public static GenericChart ResidualsVsFitted(
        IReadOnlyList<double> fitted,
        IReadOnlyList<double> residuals,
        string title = "Residuals vs fitted",
        int maxPoints = MaxPoints
    )
    {
        CheckSameLength(fitted, residuals, nameof(residuals));
        var kept = SampleIndices(fitted.Count, maxPoints);
        var x = kept.Select(i => fitted[i]).ToArray();
        var zero = Line([x.Min(), x.Max()], [0.0, 0.0], "zero");
        return Layout(
            title,
            "fitted value",
            "residual",
            Scatter(Compact(x), Compact(kept.Select(i => residuals[i])), "observations"),
            zero
        );
    }

    /// <summary>
    /// The normal Q-Q plot: sorted <paramref name="residuals"/> against standard normal quantiles at Blom's plotting
    /// positions (i − 3/8)/(n + 1/4), with the reference line through the first and third quartiles (R's <c>qqline</c>).
    /// Normal errors lie on the line; a bend upwards on the right is a long right tail.
    /// </summary>
    /// <param name="residuals">Residuals, preferably studentized.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="maxPoints">Largest number of points drawn (evenly spaced order statistics, both extremes kept).</param>
    public static GenericChart NormalQq(IReadOnlyList<double> residuals, string title = "Normal Q-Q plot", int maxPoints = MaxPoints)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        ArgumentOutOfRangeException.ThrowIfLessThan(residuals.Count, 2, nameof(residuals));
        var sorted = residuals.Order().ToArray();
        var n = sorted.Length;
        double Theoretical(int i) => Normal.InvCDF(0.0, 1.0, (i + 1 - 0.375) / (n + 0.25));
        var kept = OrderStatisticIndices(n, maxPoints);
        var (q1, q3) = (Normal.InvCDF(0.0, 1.0, 0.25), Normal.InvCDF(0.0, 1.0, 0.75));
        var slope = (Quantile(sorted, 0.75) - Quantile(sorted, 0.25)) / (q3 - q1);
        var intercept = Quantile(sorted, 0.25) - (slope * q1);
        var (lo, hi) = (Theoretical(0), Theoretical(n - 1));
        var points = Scatter(Compact(kept.Select(Theoretical)), Compact(kept.Select(i => sorted[i])), "residuals");
        var line = Line([lo, hi], [intercept + (slope * lo), intercept + (slope * hi)], "normal reference");
        return Layout(title, "standard normal quantile", "sample quantile", points, line);
    }

    /// <summary>
    /// The influence plot: leverage hᵢ against the externally studentized residual tᵢ, with reference lines at t = ±3 and
    /// at the leverage cut-off 2p/n (twice the mean leverage); the <paramref name="highlight"/> observations with the
    /// largest Cook's distance are drawn separately and labelled, each label placed clear of the others and inside the plot.
    /// </summary>
    /// <param name="influence">The fit's influence measures (<see cref="OlsResult.GetInfluence"/>).</param>
    /// <param name="labels">A label per observation (e.g. date and SKU) for the highlighted points; row numbers when null.</param>
    /// <param name="highlight">How many of the most influential observations to label.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="maxPoints">Largest number of other points drawn (an evenly spaced sample).</param>
    public static GenericChart Influence(
        InfluenceMeasures influence,
        IReadOnlyList<string>? labels = null,
        int highlight = 8,
        string title = "Leverage vs studentized residuals",
        int maxPoints = MaxPoints
    )
    {
        ArgumentNullException.ThrowIfNull(influence);
        var n = influence.Leverage.Length;
        if (labels is not null)
        {
            CheckSameLength(influence.Leverage, labels, nameof(labels));
        }

        var top = Enumerable.Range(0, n).OrderByDescending(i => influence.CooksDistance[i]).ThenBy(i => i).Take(highlight).ToArray();
        var rest = SampleIndices(n, maxPoints).Except(top).ToArray();
        var cutoff = 2.0 * influence.Leverage.Average();
        var maxLeverage = Math.Max(influence.Leverage.Max(), cutoff) * 1.05;
        var t = influence.StudentizedExternal;
        var bound = Math.Max(3.5, top.Concat(rest).Max(i => Math.Abs(t[i])) * 1.12);
        var text = top.Select(i => labels?[i] ?? i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var topX = top.Select(i => influence.Leverage[i]).ToArray();
        var topY = top.Select(i => t[i]).ToArray();
        var figure = Layout(
            title,
            "leverage h",
            "externally studentized residual",
            Scatter(Compact(rest.Select(i => influence.Leverage[i])), Compact(rest.Select(i => t[i])), "observations"),
            CSharpChart.Point<double, double, string>(
                x: topX,
                y: topY,
                Name: "largest Cook's distance",
                ShowLegend: true,
                MultiText: text,
                MultiTextPosition: PlaceLabels(topX, topY, text, (0.0, maxLeverage), (-bound, bound))
            ),
            Line([0.0, maxLeverage], [3.0, 3.0], "t = +3"),
            Line([0.0, maxLeverage], [-3.0, -3.0], "t = −3"),
            Line([cutoff, cutoff], [-bound, bound], "h = 2p/n")
        );
        return WithAxisRanges(figure, "leverage h", (0.0, maxLeverage), "externally studentized residual", (-bound, bound));
    }

    /// <summary>Fixes both axes of a <see cref="Layout"/> figure to the given ranges (keeping their titles), so labels can be placed in pixels.</summary>
    private static GenericChart WithAxisRanges(
        GenericChart figure,
        string xTitle,
        (double Min, double Max) xRange,
        string yTitle,
        (double Min, double Max) yRange
    )
    {
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("xaxis", new { title = new { text = xTitle }, range = new[] { xRange.Min, xRange.Max } });
        layout.SetProperty("yaxis", new { title = new { text = yTitle }, range = new[] { yRange.Min, yRange.Max } });
        return Plotly.NET.Chart.withLayout(layout).Invoke(figure);
    }

    /// <summary>
    /// A simple regression's data, fit line and bands: the confidence band for the mean (narrow) and the prediction band
    /// for a new observation (wide), from predictions at the points of <paramref name="grid"/> (sorted ascending).
    /// </summary>
    /// <param name="x">The predictor of the observations.</param>
    /// <param name="y">The response of the observations.</param>
    /// <param name="grid">Predictor values at which <paramref name="bands"/> were predicted, ascending.</param>
    /// <param name="bands">One prediction per grid value (<see cref="OlsResult.Predict(IReadOnlyList{double[]}, double)"/>).</param>
    /// <param name="title">Figure title.</param>
    /// <param name="xTitle">Predictor axis title.</param>
    /// <param name="yTitle">Response axis title.</param>
    /// <param name="maxPoints">Largest number of observations drawn (an evenly spaced sample).</param>
    public static GenericChart FitWithBands(
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        IReadOnlyList<double> grid,
        IReadOnlyList<Prediction> bands,
        string title,
        string xTitle,
        string yTitle,
        int maxPoints = MaxPoints
    )
    {
        CheckSameLength(x, y, nameof(y));
        CheckSameLength(grid, bands, nameof(bands));
        var kept = SampleIndices(x.Count, maxPoints);
        var level = bands.Count == 0 ? 0.95 : bands[0].Level;
        var percent = (level * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return Layout(
            title,
            xTitle,
            yTitle,
            Scatter(Compact(kept.Select(i => x[i])), Compact(kept.Select(i => y[i])), "observations", opacity: 0.35),
            Band(
                grid,
                bands.Select(b => b.ObservationLower),
                bands.Select(b => b.ObservationUpper),
                $"{percent}% prediction interval",
                0.12
            ),
            Band(grid, bands.Select(b => b.MeanLower), bands.Select(b => b.MeanUpper), $"{percent}% confidence interval", 0.35),
            Line(grid.ToArray(), bands.Select(b => b.Mean).ToArray(), "fitted line")
        );
    }

    /// <summary>At most <paramref name="maxPoints"/> evenly spaced indices of 0..n−1 in ascending order (all when n is small enough).</summary>
    internal static int[] SampleIndices(int n, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);
        return n <= maxPoints
            ? [.. Enumerable.Range(0, n)]
            : [.. Enumerable.Range(0, maxPoints).Select(k => (int)((long)k * n / maxPoints))];
    }

    /// <summary>At most <paramref name="maxPoints"/> evenly spaced order-statistic indices that always include the first and the last.</summary>
    internal static int[] OrderStatisticIndices(int n, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        return n <= maxPoints
            ? [.. Enumerable.Range(0, n)]
            : [.. Enumerable.Range(0, maxPoints).Select(k => (int)Math.Round((double)k * (n - 1) / (maxPoints - 1))).Distinct()];
    }

    private static GenericChart Band(
        IReadOnlyList<double> grid,
        IEnumerable<double> lower,
        IEnumerable<double> upper,
        string name,
        double alpha
    )
    {
        var fill = Color.fromString($"rgba(31,119,180,{alpha.ToString(CultureInfo.InvariantCulture)})");
        var edge = Color.fromString("rgba(31,119,180,0.0)");
        var low = CSharpChart.Line<double, double, string>(x: grid, y: lower, Name: name + " (lower)", ShowLegend: false, LineColor: edge);
        var high = CSharpChart.Line<double, double, string>(
            x: grid,
            y: upper,
            Name: name,
            ShowLegend: true,
            LineColor: edge,
            Fill: StyleParam.Fill.ToNext_y,
            FillColor: fill
        );
        return CSharpChart.Combine([low, high]);
    }

    private static double[] Compact(IEnumerable<double> values) =>
        [.. values.Select(v => double.Parse(v.ToString("G" + PlotDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))];

    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static void CheckSameLength<TA, TB>(IReadOnlyList<TA> first, IReadOnlyList<TB> second, string name)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"Expected {first.Count} values, one per observation; got {second.Count}.", name);
        }
    }
}
