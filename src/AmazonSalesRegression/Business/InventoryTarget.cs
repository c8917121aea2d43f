namespace AmazonSalesRegression.Business;

/// <summary>
/// A reorder point: reorder when the inventory position falls to <see cref="ReorderPoint"/> units, which covers the
/// expected lead-time demand plus a safety stock.
/// </summary>
/// <param name="Rule">How the reorder point was set, e.g. <c>normal, 95 %</c>.</param>
/// <param name="ExpectedDemand">Expected demand over the lead time in units.</param>
/// <param name="SafetyStock">Units held beyond the expected demand against forecast error.</param>
public sealed record InventoryTarget(string Rule, double ExpectedDemand, double SafetyStock)
{
    /// <summary>The reorder point: expected lead-time demand plus safety stock.</summary>
    public double ReorderPoint => ExpectedDemand + SafetyStock;

    /// <summary>The value of the safety stock at <paramref name="unitValue"/> dollars per unit (e.g. the unit cost).</summary>
    public double SafetyStockValue(double unitValue) => SafetyStock * unitValue;
}
