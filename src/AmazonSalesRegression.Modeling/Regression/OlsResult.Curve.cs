using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression;

public sealed partial record OlsResult
{
    /// <summary>
    /// Predicts along a grid of one input column, through the fit's formula plan, for drawing a fitted curve with its
    /// bands: e.g. <c>fit.PredictCurve("price", Generate.LinearSpaced(50, 5, 40))</c> for <c>units ~ price + I(price**2)</c>.
    /// Every transform of the column (<c>I(price**2)</c>, <c>log(price)</c>, …) is applied as in training.
    /// </summary>
    /// <param name="column">The input column to vary (a data column, not a design column: <c>price</c>, not <c>I(price ** 2)</c>).</param>
    /// <param name="grid">Its values along the curve.</param>
    /// <param name="hold">
    /// Values of the other input columns the formula uses, held fixed along the curve: a <see cref="double"/> for a numeric
    /// column, a <see cref="string"/> for a categorical one, a <see cref="DateOnly"/> for a date; null when the formula
    /// uses no other column.
    /// </param>
    /// <param name="level">Coverage of the confidence and prediction intervals; default 0.95.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="InvalidOperationException">The fit was not made from a formula.</exception>
    /// <exception cref="ArgumentException">A held value is not a double, string or DateOnly.</exception>
    /// <exception cref="Features.Formulas.FormulaException">The formula uses a column that is neither varied nor held.</exception>
    public FittedCurve PredictCurve(
        string column,
        IReadOnlyList<double> grid,
        IReadOnlyDictionary<string, object>? hold = null,
        double level = 0.95
    )
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(grid);
        if (Plan is null)
        {
            throw new InvalidOperationException("PredictCurve needs a fit made from a formula; this one was given a design matrix.");
        }

        var table = new TabularData("curve grid", grid.Count).Add(column, grid.ToArray());
        foreach (var (name, value) in hold ?? new Dictionary<string, object>())
        {
            _ = value switch
            {
                double number => table.Add(name, Enumerable.Repeat(number, grid.Count).ToArray()),
                string label => table.Add(name, Enumerable.Repeat(label, grid.Count).ToArray()),
                DateOnly day => table.Add(name, Enumerable.Repeat(day, grid.Count).ToArray()),
                _ => throw new ArgumentException(
                    $"The held value of '{name}' has type {value?.GetType().Name ?? "null"}; give a double, string or DateOnly.",
                    nameof(hold)
                ),
            };
        }

        return new FittedCurve(column, grid.ToArray(), Predict(table, level));
    }
}
