using AmazonSalesRegression.Regression.Selection;
using Plotly.NET;

namespace AmazonSalesRegression.Visualization;

// Figures for subset selection (ISLP §6.1, Figures 6.1-6.2).
public static partial class Charts
{
    /// <summary>
    /// One selection criterion against the number of predictors, a line per search (e.g. best subset beside forward
    /// stepwise), with the size each search prefers marked: ISLP's plots of Cp, BIC and adjusted R² by model size.
    /// </summary>
    /// <param name="title">Figure title.</param>
    /// <param name="criterion">Axis title of the criterion, e.g. <c>BIC</c>.</param>
    /// <param name="value">Reads the criterion from a model, e.g. <c>m =&gt; m.Bic</c>.</param>
    /// <param name="largerIsBetter">Whether the best model maximizes the criterion (adjusted R²) rather than minimizes it.</param>
    /// <param name="searches">Named selection results, e.g. <c>("best subset", best), ("forward", forward)</c>.</param>
    /// <returns>The figure.</returns>
    public static GenericChart SelectionCriterion(
        string title,
        string criterion,
        Func<SubsetModel, double> value,
        bool largerIsBetter,
        params (string Name, SubsetSelectionResult Result)[] searches
    )
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(searches);
        var traces = new List<GenericChart>();
        foreach (var (name, result) in searches)
        {
            var sizes = result.Models.Select(m => (double)m.Size).ToArray();
            var values = result.Models.Select(value).ToArray();
            var best = largerIsBetter ? result.Models.MaxBy(value)! : result.Models.MinBy(value)!;
            traces.Add(Line(sizes, values, name));
            traces.Add(Scatter([best.Size], [value(best)], $"{name}: best ({best.Size} predictors)", opacity: 1.0));
        }

        return Layout(title, "number of predictors", criterion, [.. traces]);
    }
}
