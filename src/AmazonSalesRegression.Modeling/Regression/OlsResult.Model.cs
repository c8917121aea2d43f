using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression;

/// <summary>What a fit made from a formula remembers about its model: the response's name and the fitted design plan.</summary>
public sealed partial record OlsResult
{
    /// <summary>The response's name, e.g. <c>log(units_sold)</c>; <c>y</c> when the fit was given bare arrays.</summary>
    public string ResponseName { get; init; } = "y";

    /// <summary>The fitted formula plan, or <see langword="null"/> when the fit was given a design matrix.</summary>
    public DesignPlan? Plan { get; init; }

    /// <summary>
    /// Predicts for new data through the same formula plan as training (levels, centring and date origins as learned),
    /// with confidence intervals for the mean and prediction intervals for new observations.
    /// </summary>
    /// <param name="data">New rows with the columns the formula's terms use (the response is not needed).</param>
    /// <param name="level">Coverage of both intervals.</param>
    /// <exception cref="InvalidOperationException">The fit was not made from a formula.</exception>
    /// <exception cref="DataFormatException">A value cannot be transformed or a level was not seen in training.</exception>
    public IReadOnlyList<Prediction> Predict(ITabularData data, double level = 0.95)
    {
        var plan =
            Plan ?? throw new InvalidOperationException("This fit was made from a design matrix; predict with Predict(columns) instead.");
        var design = plan.Apply(data, requireResponse: false);
        var columns = HasIntercept ? design.Columns.Skip(1).ToList() : design.Columns.ToList();
        return columns.Count > 0
            ? Predict(columns, level)
            : Enumerable.Repeat(Predict(ReadOnlySpan<double>.Empty, level), design.RowCount).ToArray();
    }
}
