using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AmazonSalesRegression.Visualization;

/// <summary>
/// The course's chart builders: thin, consistently styled wrappers over Plotly.NET that notebooks and reports call
/// instead of spelling out Plotly's many optional arguments. Every builder returns a Plotly.NET
/// <see cref="GenericChart"/>; combine traces with <see cref="Layout"/>, which sets the title, axis titles and size.
/// </summary>
/// <remarks>Charts contain no random ids or timestamps, so the same data always give the same figure JSON.</remarks>
public static partial class Charts
{
    /// <summary>The default figure width in pixels (also the width of the static images the runner stores).</summary>
    public const int Width = 900;

    /// <summary>The default figure height in pixels.</summary>
    public const int Height = 480;

    /// <summary>A line trace of <paramref name="values"/> over <paramref name="dates"/>.</summary>
    public static GenericChart Line(IEnumerable<DateTime> dates, IEnumerable<double> values, string name) =>
        CSharpChart.Line<DateTime, double, string>(x: dates, y: values, Name: name, ShowLegend: true);

    /// <summary>A line trace of <paramref name="y"/> over numeric <paramref name="x"/>.</summary>
    public static GenericChart Line(IEnumerable<double> x, IEnumerable<double> y, string name) =>
        CSharpChart.Line<double, double, string>(x: x, y: y, Name: name, ShowLegend: true);

    /// <summary>A scatter trace of points (<paramref name="x"/>, <paramref name="y"/>), semi-transparent so dense clouds stay readable.</summary>
    public static GenericChart Scatter(IEnumerable<double> x, IEnumerable<double> y, string name, double opacity = 0.5) =>
        CSharpChart.Point<double, double, string>(x: x, y: y, Name: name, ShowLegend: true, Opacity: opacity);

    /// <summary>A vertical bar per label.</summary>
    public static GenericChart Bar(IEnumerable<string> labels, IEnumerable<double> values, string name) =>
        CSharpChart.Column<double, string, string>(values: values.ToArray(), Keys: labels.ToArray(), Name: name, ShowLegend: true);

    /// <summary>A histogram of <paramref name="values"/> with about <paramref name="bins"/> bins.</summary>
    public static GenericChart Histogram(IEnumerable<double> values, string name, int bins = 50) =>
        CSharpChart.Histogram<double, double, string>(X: values.ToArray(), Name: name, ShowLegend: true, NBinsX: bins);

    /// <summary>A heat map of <paramref name="z"/> (rows by <paramref name="rowLabels"/>, columns by <paramref name="columnLabels"/>), e.g. a correlation matrix.</summary>
    public static GenericChart Heatmap(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, double[][] z) =>
        CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: columnLabels.ToArray(),
            Y: rowLabels.ToArray(),
            ReverseYAxis: true
        );

    /// <summary>
    /// Puts <paramref name="traces"/> on one figure with the course's styling: a title, axis titles, a fixed size and a
    /// horizontal legend above the plot.
    /// </summary>
    public static GenericChart Layout(string title, string xTitle, string yTitle, params GenericChart[] traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var chart = traces.Length == 1 ? traces[0] : CSharpChart.Combine(traces);
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("title", new { text = title });
        layout.SetProperty("xaxis", new { title = new { text = xTitle } });
        layout.SetProperty("yaxis", new { title = new { text = yTitle } });
        layout.SetProperty("width", Width);
        layout.SetProperty("height", Height);
        layout.SetProperty(
            "legend",
            new
            {
                orientation = "h",
                x = 0.0,
                y = 1.1,
            }
        );
        return Plotly.NET.Chart.withLayout(layout).Invoke(chart);
    }
}
