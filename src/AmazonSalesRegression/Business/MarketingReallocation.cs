namespace AmazonSalesRegression.Business;

/// <summary>
/// The same daily budget moved from its current split to the optimal one, and the revenue that is expected to gain
/// at unchanged prices (units scale by exp(Δ log lift) in a log-units model).
/// </summary>
/// <param name="Current">The current split.</param>
/// <param name="Optimal">The split that equalizes the marginal return of the funded channels.</param>
/// <param name="RevenueBefore">Daily revenue at the current split, USD.</param>
/// <param name="RevenueAfter">Expected daily revenue at the optimal split, USD.</param>
public sealed record MarketingReallocation(
    MarketingAllocation Current,
    MarketingAllocation Optimal,
    double RevenueBefore,
    double RevenueAfter
)
{
    /// <summary>Expected extra revenue per day, USD.</summary>
    public double RevenueGain => RevenueAfter - RevenueBefore;

    /// <summary>Expected extra revenue as a fraction of the current revenue (0.01 = 1 %).</summary>
    public double RelativeGain => RevenueAfter / RevenueBefore - 1.0;
}
