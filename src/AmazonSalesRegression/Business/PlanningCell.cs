namespace AmazonSalesRegression.Business;

/// <summary>Actual and forecast units of one group (e.g. a category) in one week, the level at which the business plans.</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Group">The group, e.g. the category.</param>
/// <param name="Rows">Number of daily rows summed.</param>
/// <param name="Actual">Sum of the actual values.</param>
/// <param name="Forecast">Sum of the forecasts.</param>
public sealed record PlanningCell(DateOnly WeekStart, string Group, int Rows, double Actual, double Forecast)
{
    /// <summary>Forecast − actual: positive when the plan over-forecasts.</summary>
    public double Error => Forecast - Actual;
}
