namespace AmazonSalesRegression.Business;

/// <summary>
/// The course's unit-economics assumptions: figures a seller knows from its own books and the data set does not hold.
/// Every notebook, document and the report use these constants, so the margin behind an advertising break-even, a
/// profit-maximizing price and the cost of a lost sale is one figure.
/// </summary>
public static class UnitEconomics
{
    /// <summary>
    /// Contribution margin m = 0.45: the share of a unit's selling price left after the landed unit cost (product,
    /// inbound shipping, fulfilment) and the referral fee, before advertising, at the regular (list) price. Deal days
    /// sell the same unit for less, so their margin is thinner.
    /// </summary>
    public const double ContributionMargin = 0.45;

    /// <summary>
    /// Holding cost of a unit bought for a week and not sold that week (storage, capital, markdown risk), as a share
    /// of its selling price: 0.03.
    /// </summary>
    public const double HoldingCostRate = 0.03;

    /// <summary>
    /// Revenue one extra advertising dollar must bring to pay for itself: 1/m (about $2.22 at m = 0.45).
    /// </summary>
    public const double BreakEvenRevenuePerAdDollar = 1.0 / ContributionMargin;

    /// <summary>
    /// The landed unit cost c = (1 − r − m)·p that leaves the margin <see cref="ContributionMargin"/> at price
    /// <paramref name="listPrice"/> after the referral fee rate <paramref name="referralFeeRate"/>.
    /// </summary>
    /// <param name="listPrice">The regular price p, USD, &gt; 0.</param>
    /// <param name="referralFeeRate">The referral fee r as a fraction of the selling price, in [0, 1 − m).</param>
    /// <returns>The unit cost c, USD.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The price is not positive or the fee leaves no room for the margin.</exception>
    public static double LandedUnitCost(double listPrice, double referralFeeRate)
    {
        if (!(listPrice > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(listPrice), listPrice, "The list price must be positive.");
        }

        if (!(referralFeeRate >= 0 && referralFeeRate < 1 - ContributionMargin))
        {
            throw new ArgumentOutOfRangeException(
                nameof(referralFeeRate),
                referralFeeRate,
                $"The referral fee rate must lie in [0, {1 - ContributionMargin:0.##}) to leave a {ContributionMargin:P0} margin."
            );
        }

        return (1 - referralFeeRate - ContributionMargin) * listPrice;
    }
}
