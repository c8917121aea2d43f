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
}
