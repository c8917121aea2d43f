namespace AmazonSalesRegression.Business;

/// <summary>The inventory cost of a forecast's errors in one group over the evaluated weeks.</summary>
/// <param name="Group">The group, e.g. the category.</param>
/// <param name="Weeks">Number of weeks evaluated.</param>
/// <param name="OverUnits">Units forecast but not sold, summed over the weeks.</param>
/// <param name="UnderUnits">Units sold beyond the forecast (lost when stock follows the forecast), summed over the weeks.</param>
/// <param name="HoldingCost">OverUnits × the holding cost per unit, in dollars.</param>
/// <param name="LostMargin">UnderUnits × the lost margin per unit, in dollars.</param>
public sealed record InventoryCostLine(string Group, int Weeks, double OverUnits, double UnderUnits, double HoldingCost, double LostMargin)
{
    /// <summary>Holding cost plus lost margin, in dollars.</summary>
    public double TotalCost => HoldingCost + LostMargin;

    /// <summary>Total cost per week, in dollars.</summary>
    public double CostPerWeek => Weeks == 0 ? 0 : TotalCost / Weeks;
}
