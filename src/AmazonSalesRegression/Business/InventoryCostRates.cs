namespace AmazonSalesRegression.Business;

/// <summary>What one unit of forecast error costs in one group (e.g. a category).</summary>
/// <param name="HoldingPerUnit">
/// Cost of one over-forecast unit: it is bought and then held (storage, capital, markdown risk) until a later week sells
/// it, in dollars per unit.
/// </param>
/// <param name="LostMarginPerUnit">Cost of one under-forecast unit: the sale is lost with its margin, in dollars per unit.</param>
public sealed record InventoryCostRates(double HoldingPerUnit, double LostMarginPerUnit)
{
    /// <summary>
    /// The newsvendor critical ratio c_u/(c_u + c_o): the quantile of demand that minimizes the expected cost, and so
    /// the service level the plan should aim for when the only costs are these two.
    /// </summary>
    public double CriticalRatio => LostMarginPerUnit / (LostMarginPerUnit + HoldingPerUnit);
}
