using AmazonSalesRegression.Regression;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AmazonSalesRegression.Visualization;

/// <summary>Charts of estimated effects: coefficients with their confidence intervals, and reference values beside them.</summary>
public static partial class Charts
{
    /// <summary>
    /// A coefficient plot: one horizontal row per coefficient, the estimate as a point and its confidence interval as an
    /// error bar (aliased coefficients are left out). Put it in <see cref="Layout"/> with the coefficient value on x.
    /// </summary>
    /// <param name="coefficients">Rows of a coefficient table, e.g. some of <see cref="OlsResult.Coefficients"/>.</param>
    /// <param name="name">Legend name, e.g. <c>estimate (95 % CI)</c>.</param>
    /// <param name="labels">Row labels to show instead of the coefficient names (same count), or <see langword="null"/>.</param>
    public static GenericChart CoefficientPlot(
        IReadOnlyList<CoefficientEstimate> coefficients,
        string name,
        IReadOnlyList<string>? labels = null
    )
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (labels is not null && labels.Count != coefficients.Count)
        {
            throw new ArgumentException($"Expected {coefficients.Count} labels, one per coefficient; got {labels.Count}.", nameof(labels));
        }

        var rows = coefficients
            .Select((c, i) => (Coefficient: c, Label: labels?[i] ?? c.Name))
            .Where(r => !r.Coefficient.IsAliased)
            .ToList();
        var chart = CSharpChart.Point<double, string, string>(
            x: rows.Select(r => r.Coefficient.Estimate).ToArray(),
            y: rows.Select(r => r.Label).ToArray(),
            Name: name,
            ShowLegend: true
        );
        var errors = new
        {
            type = "data",
            symmetric = false,
            array = rows.Select(r => r.Coefficient.ConfidenceUpper - r.Coefficient.Estimate).ToArray(),
            arrayminus = rows.Select(r => r.Coefficient.Estimate - r.Coefficient.ConfidenceLower).ToArray(),
        };
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("error_x", errors);
        }

        return chart;
    }

    /// <summary>Markers at (<paramref name="values"/>, <paramref name="labels"/>) on a categorical y axis, e.g. true values beside a <see cref="CoefficientPlot"/>.</summary>
    /// <param name="labels">Row labels, matching those of the coefficient plot.</param>
    /// <param name="values">One value per label.</param>
    /// <param name="name">Legend name, e.g. <c>true value</c>.</param>
    public static GenericChart Markers(IReadOnlyList<string> labels, IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Count != values.Count)
        {
            throw new ArgumentException($"Expected one value per label ({labels.Count}); got {values.Count}.", nameof(values));
        }

        var chart = CSharpChart.Point<double, string, string>(x: values.ToArray(), y: labels.ToArray(), Name: name, ShowLegend: true);
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("marker", new { symbol = "x", size = 10 });
        }

        return chart;
    }
}
