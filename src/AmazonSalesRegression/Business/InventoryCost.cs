namespace AmazonSalesRegression.Business;

/// <summary>
/// Translates planning-level forecast errors into dollars under the simplest stocking rule: each week's stock equals
/// the week's forecast. Over-forecast units are held (cost c_o each), under-forecast units are lost sales (cost c_u
/// each, the margin). The cost of a week is c_o·max(F − A, 0) + c_u·max(A − F, 0), the newsvendor loss.
/// </summary>
/// <remarks>
/// The loss is asymmetric when c_u ≠ c_o, unlike RMSE or MAPE: with a lost margin several times the holding cost, an
/// under-forecast costs more than an over-forecast of the same size, and the cheapest plan stocks above the mean.
/// </remarks>
// References:
//   Silver, E. A., Pyke, D. F. & Thomas, D. J. (2017). Inventory and Production Management in Supply Chains, 4th ed.,
//     chapter 7 (the newsvendor problem and the critical ratio).
public static class InventoryCost
{
    /// <summary>The cost of the errors of <paramref name="cells"/> per group, ordered by group (ordinal).</summary>
    /// <param name="cells">Weekly actuals and forecasts per group (see <see cref="PlanningLevel.Weekly"/>).</param>
    /// <param name="ratesOf">The cost rates of a group.</param>
    /// <returns>One line per group.</returns>
    public static IReadOnlyList<InventoryCostLine> ByGroup(IEnumerable<PlanningCell> cells, Func<string, InventoryCostRates> ratesOf)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(ratesOf);
        return cells
            .GroupBy(c => c.Group)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rates = ratesOf(g.Key);
                if (!(rates.HoldingPerUnit >= 0 && rates.LostMarginPerUnit >= 0))
                {
                    throw new ArgumentException($"The cost rates of '{g.Key}' must be ≥ 0.", nameof(ratesOf));
                }

                var over = g.Sum(c => Math.Max(c.Forecast - c.Actual, 0));
                var under = g.Sum(c => Math.Max(c.Actual - c.Forecast, 0));
                var weeks = g.Select(c => c.WeekStart).Distinct().Count();
                return new InventoryCostLine(g.Key, weeks, over, under, over * rates.HoldingPerUnit, under * rates.LostMarginPerUnit);
            })
            .ToArray();
    }
}
