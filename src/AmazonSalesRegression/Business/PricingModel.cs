namespace AmazonSalesRegression.Business;

/// <summary>
/// Constant-elasticity demand around a reference point, with a unit cost and a referral fee:
/// Q(p) = Q₀·(p/p₀)^e, revenue R(p) = p·Q(p), profit Π(p) = (p·(1 − r) − c)·Q(p).
/// </summary>
/// <remarks>
/// Profit maximum: dΠ/dp = 0 gives p* = c/(1 − r) · e/(1 + e), finite and above cost only for e &lt; −1 (the Lerner
/// rule (p − c')/p = −1/e with c' = c/(1 − r) the cost grossed up by the fee). Revenue: dR/dp = (1 + e)·Q(p), so with
/// e &lt; −1 revenue falls as the price rises and the revenue-maximizing price is the lowest allowed price (a corner);
/// with −1 &lt; e &lt; 0 it is the highest; only at unit elasticity is revenue flat in price.
/// </remarks>
/// <param name="Elasticity">e: the own-price elasticity, d ln Q / d ln p.</param>
/// <param name="ReferencePrice">p₀ &gt; 0, USD: a price at which demand is known.</param>
/// <param name="ReferenceUnits">Q₀ &gt; 0: units per day at <paramref name="ReferencePrice"/>.</param>
/// <param name="UnitCost">c ≥ 0, USD: the cost of one more unit sold (landed cost, fulfilment), without the referral fee.</param>
/// <param name="FeeRate">r in [0, 1): the referral fee as a fraction of the selling price.</param>
// References:
//   Lerner, A. P. (1934). The concept of monopoly and the measurement of monopoly power. Review of Economic Studies 1(3), 157-175.
//   Phillips, R. L. (2021). Pricing and Revenue Optimization, 2nd ed., Stanford University Press, ch. 2 (constant-elasticity demand).
public sealed record PricingModel(double Elasticity, double ReferencePrice, double ReferenceUnits, double UnitCost, double FeeRate)
{
    /// <summary>Units per day at price <paramref name="price"/>: Q₀·(p/p₀)^e.</summary>
    /// <param name="price">Price, USD, &gt; 0.</param>
    public double Units(double price) => ReferenceUnits * Math.Pow(Positive(price) / ReferencePrice, Elasticity);

    /// <summary>Revenue per day p·Q(p), USD.</summary>
    /// <param name="price">Price, USD, &gt; 0.</param>
    public double Revenue(double price) => price * Units(price);

    /// <summary>Contribution profit per day (p·(1 − r) − c)·Q(p), USD.</summary>
    /// <param name="price">Price, USD, &gt; 0.</param>
    public double Profit(double price) => ((price * (1.0 - FeeRate)) - UnitCost) * Units(price);

    /// <summary>The profit-maximizing price c/(1 − r)·e/(1 + e).</summary>
    /// <exception cref="InvalidOperationException">
    /// The elasticity is −1 or above: demand is inelastic, profit keeps rising with price and there is no finite optimum
    /// (the model no longer describes demand that far from the data).
    /// </exception>
    public double ProfitMaximizingPrice()
    {
        if (!(Elasticity < -1))
        {
            throw new InvalidOperationException(
                $"With elasticity {Elasticity} (not below -1) profit rises without bound as the price rises; there is no interior optimum."
            );
        }

        return UnitCost / (1.0 - FeeRate) * Elasticity / (1.0 + Elasticity);
    }

    /// <summary>
    /// The revenue-maximizing price within [<paramref name="lowest"/>, <paramref name="highest"/>]: a corner, because
    /// revenue is monotone in price under constant elasticity. The lowest price when e &lt; −1, the highest when e &gt; −1;
    /// at exactly −1 revenue is flat and the highest price is returned (the same revenue from the fewest units).
    /// </summary>
    /// <param name="lowest">The lowest price considered, USD.</param>
    /// <param name="highest">The highest price considered, USD.</param>
    public double RevenueMaximizingPrice(double lowest, double highest)
    {
        Positive(lowest);
        if (!(highest >= lowest))
        {
            throw new ArgumentException($"The price range [{lowest}, {highest}] is empty.", nameof(highest));
        }

        return Elasticity < -1 ? lowest : highest;
    }

    /// <summary>Units, revenue and profit at each price, e.g. for a chart of the profit curve.</summary>
    /// <param name="prices">Prices, USD, &gt; 0.</param>
    public IReadOnlyList<PricingPoint> Curve(IEnumerable<double> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return prices.Select(p => new PricingPoint(p, Units(p), Revenue(p), Profit(p))).ToList();
    }

    private static double Positive(double price) =>
        price > 0 && double.IsFinite(price)
            ? price
            : throw new ArgumentOutOfRangeException(nameof(price), price, "Prices must be finite and > 0.");
}
