using AmazonSalesRegression.Regression.Regularization;
using AmazonSalesRegression.Scoring.Drift;
using Microsoft.FSharp.Core;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AmazonSalesRegression.Visualization;

/// <summary>Figures for regularized regression (coefficient paths, cross-validation curves) and for drift monitoring.</summary>
public static partial class Charts
{
    /// <summary>
    /// Coefficient paths: each named coefficient of an elastic-net path against log λ (natural log, large penalties on
    /// the right, as glmnet plots them), with optional vertical markers such as λ_min and λ_1se. The legend sits to the
    /// right of the plot area, one entry per row, so long predictor names never cover a path (readable on a projector).
    /// </summary>
    /// <param name="path">The elastic-net path.</param>
    /// <param name="names">The predictors to draw (names of <see cref="ElasticNetPath.Names"/>).</param>
    /// <param name="title">Figure title.</param>
    /// <param name="markers">Vertical lines to draw, each a label and a λ.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A name is not a predictor of the path.</exception>
    public static GenericChart CoefficientPaths(
        ElasticNetPath path,
        IReadOnlyList<string> names,
        string title,
        IReadOnlyList<(string Label, double Lambda)>? markers = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(names);
        var logLambda = path.Lambdas.Select(l => Math.Log(l)).ToArray();
        var traces = new List<GenericChart>();
        foreach (var name in names)
        {
            var j = IndexOf(path.Names, name);
            traces.Add(Line(logLambda, path.Coefficients.Select(b => b[j]), name));
        }

        var values = names.SelectMany(name => path.Coefficients.Select(b => b[IndexOf(path.Names, name)])).Append(0.0).ToArray();
        traces.AddRange(Markers(markers, values.Min(), values.Max()));
        return LegendBeside(Layout(title, "log λ", "coefficient", [.. traces]));
    }

    /// <summary>
    /// The cross-validation curve of an elastic-net path: mean CV error against log λ with ±1 standard-error bars, and
    /// vertical lines at λ_min and λ_1se (cv.glmnet's plot).
    /// </summary>
    /// <param name="result">The cross-validation result.</param>
    /// <param name="title">Figure title.</param>
    /// <returns>The figure.</returns>
    public static GenericChart CrossValidationCurve(CrossValidationResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var logLambda = result.Lambdas.Select(l => Math.Log(l)).ToArray();
        var curve = Plotly
            .NET.Chart.withYErrorStyle<double, double>(
                Visible: FSharpOption<bool>.Some(true),
                Type: null,
                Symmetric: null,
                Array: FSharpOption<IEnumerable<double>>.Some(result.CvStdError.ToArray()),
                Arrayminus: null,
                Value: null,
                Valueminus: null,
                Traceref: null,
                Tracerefminus: null,
                Copy_ystyle: null,
                Color: null,
                Thickness: null,
                Width: null
            )
            .Invoke(Scatter(logLambda, result.CvMean, "CV mean squared error ± 1 SE", opacity: 1.0));
        var low = result.CvMean.Zip(result.CvStdError, (m, s) => m - s).Min();
        var high = result.CvMean.Zip(result.CvStdError, (m, s) => m + s).Max();
        var markers = Markers([("λ_min", result.LambdaMin), ("λ_1se", result.Lambda1se)], low, high);
        return Layout(title, "log λ", "CV mean squared error", [curve, .. markers]);
    }

    /// <summary>
    /// The population stability index of each monitored input and of the prediction, one bar group per window, with
    /// the 0.1 (moderate) and 0.25 (significant) thresholds as horizontal lines.
    /// </summary>
    /// <param name="title">Figure title.</param>
    /// <param name="windows">The windows to compare, each a name and its drift report.</param>
    /// <returns>The figure.</returns>
    public static GenericChart DriftPsi(string title, params (string Name, DriftReport Report)[] windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Length == 0)
        {
            throw new ArgumentException("Give at least one window.", nameof(windows));
        }

        var labels = windows[0].Report.Features.Append(windows[0].Report.Prediction).Select(f => f.Name).ToArray();
        var traces = windows
            .Select(w => Bar(labels, w.Report.Features.Append(w.Report.Prediction).Select(f => f.Psi), w.Name))
            .Append(Threshold(labels, DriftStatistics.ModerateThreshold, "moderate shift (0.1)"))
            .Append(Threshold(labels, DriftStatistics.SignificantThreshold, "significant shift (0.25)"))
            .ToArray();
        return Layout(title, "input", "population stability index", traces);
    }

    private static GenericChart LegendBeside(GenericChart chart)
    {
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("font", new { size = 15 });
        layout.SetProperty("margin", new { r = 20 });
        layout.SetProperty(
            "legend",
            new
            {
                orientation = "v",
                x = 1.02,
                xanchor = "left",
                y = 1.0,
                yanchor = "top",
            }
        );
        return Plotly.NET.Chart.withLayout(layout).Invoke(chart);
    }

    private static GenericChart Threshold(string[] labels, double value, string name) =>
        CSharpChart.Line<string, double, string>(x: labels, y: labels.Select(_ => value), Name: name, ShowLegend: true);

    private static IEnumerable<GenericChart> Markers(IReadOnlyList<(string Label, double Lambda)>? markers, double low, double high) =>
        (markers ?? []).Select(m => Line([Math.Log(m.Lambda), Math.Log(m.Lambda)], [low, high], $"{m.Label}"));

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var j = 0; j < names.Count; j++)
        {
            if (string.Equals(names[j], name, StringComparison.Ordinal))
            {
                return j;
            }
        }

        throw new ArgumentException($"'{name}' is not a predictor of the path.", nameof(name));
    }
}
