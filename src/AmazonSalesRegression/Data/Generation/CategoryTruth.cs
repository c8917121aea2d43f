namespace AmazonSalesRegression.Data.Generation;

/// <summary>True parameters of one product category.</summary>
/// <param name="Name">Category name as written in the <c>category</c> column.</param>
/// <param name="SkuPrefix">Four-letter prefix of the category's SKU ids (e.g. <c>ELEC</c> in <c>ELEC-001</c>).</param>
/// <param name="Elasticity">Own-price elasticity e_cat: coefficient of log(selling_price) in log demand.</param>
/// <param name="NoiseSd">Base standard deviation σ_cat of the log-demand noise ε.</param>
/// <param name="ReferralFeeRate">Amazon referral fee as a fraction of revenue (0.08 = 8 %).</param>
/// <param name="ConversionRate">Median share of sessions that buy (unit session percentage).</param>
/// <param name="ListPriceMin">Lower end of the initial list price range, USD.</param>
/// <param name="ListPriceMax">Upper end of the initial list price range, USD.</param>
/// <param name="BaseUnitsMin">Lower end of the SKUs' base daily units U (drawn log-uniformly).</param>
/// <param name="BaseUnitsMax">Upper end of the SKUs' base daily units U.</param>
/// <param name="FbaShare">Probability that a SKU of this category is fulfilled by Amazon (FBA).</param>
public sealed record CategoryTruth(
    string Name,
    string SkuPrefix,
    double Elasticity,
    double NoiseSd,
    double ReferralFeeRate,
    double ConversionRate,
    double ListPriceMin,
    double ListPriceMax,
    double BaseUnitsMin,
    double BaseUnitsMax,
    double FbaShare
);
