namespace AmazonSalesRegression.Business;

/// <summary>Demand and money at one price of a <see cref="PricingModel"/>.</summary>
/// <param name="Price">Price, USD.</param>
/// <param name="Units">Units per day.</param>
/// <param name="Revenue">Revenue per day, USD.</param>
/// <param name="Profit">Contribution profit per day after unit cost and referral fee, USD.</param>
public sealed record PricingPoint(double Price, double Units, double Revenue, double Profit);
