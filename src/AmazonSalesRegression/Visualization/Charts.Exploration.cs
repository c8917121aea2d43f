using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AmazonSalesRegression.Visualization;

public static partial class Charts
{
    /// <summary>
    /// Markers without lines at (<paramref name="dates"/>, <paramref name="values"/>), e.g. to highlight event days on a
    /// daily line.
    /// </summary>
    /// <param name="dates">The days.</param>
    /// <param name="values">One value per day.</param>
    /// <param name="name">The legend entry.</param>
    public static GenericChart Markers(IEnumerable<DateTime> dates, IEnumerable<double> values, string name) =>
        CSharpChart.Point<DateTime, double, string>(
            x: dates,
            y: values,
            Name: name,
            ShowLegend: true,
            MarkerSymbol: StyleParam.MarkerSymbol.Diamond
        );

    /// <summary>Bars per label with each bar's value printed on it, rounded to <paramref name="decimals"/> decimals.</summary>
    /// <param name="labels">One label per bar.</param>
    /// <param name="values">One value per bar.</param>
    /// <param name="name">The legend entry.</param>
    /// <param name="decimals">Decimals shown in the bar labels.</param>
    public static GenericChart LabelledBar(IEnumerable<string> labels, IEnumerable<double> values, string name, int decimals = 1)
    {
        var v = values.ToArray();
        var format = "F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CSharpChart.Column<double, string, string>(
            values: v,
            Keys: labels.ToArray(),
            Name: name,
            ShowLegend: true,
            MultiText: v.Select(x => x.ToString(format, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        );
    }

    /// <summary>
    /// A finished heat map figure with a title: the matrix <paramref name="z"/> with each cell's value printed on it to
    /// <paramref name="decimals"/> decimals, rows top to bottom in the order of <paramref name="rowLabels"/>, e.g. a
    /// correlation matrix.
    /// </summary>
    /// <param name="rowLabels">One label per row of <paramref name="z"/>.</param>
    /// <param name="columnLabels">One label per column of <paramref name="z"/>.</param>
    /// <param name="z">The matrix, as rows.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="decimals">Decimals of the printed cell values.</param>
    public static GenericChart Heatmap(
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        double[][] z,
        string title,
        int decimals = 2
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var chart = Heatmap(rowLabels, columnLabels, z);
        var template = "%{z:." + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture) + "f}";
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("texttemplate", template);
        }

        var layout = new Plotly.NET.Layout();
        layout.SetProperty("title", new { text = title });
        layout.SetProperty("yaxis", new { autorange = "reversed" });
        layout.SetProperty("width", Width);
        layout.SetProperty("height", Width * 3 / 4);
        return Plotly.NET.Chart.withLayout(layout).Invoke(chart);
    }
}
