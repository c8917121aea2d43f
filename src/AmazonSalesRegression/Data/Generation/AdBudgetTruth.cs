namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The SKU-day advertising budget B, which is confounded with demand: log B = log B₀ + SeasonalityLoading·s(t)
/// + EventBoost·(Prime Day or BFCM) + HolidayBoost·holiday_season + u, with u an AR(1) process.
/// </summary>
/// <param name="Scale">κ: the base budget is B₀ = κ·√(U·P₀), U the SKU's base units and P₀ its initial list price.</param>
/// <param name="SeasonalityLoading">Multiplier of the yearly seasonal term s(t) of the demand equation.</param>
/// <param name="EventBoost">Added to log B on Prime Day and BFCM days.</param>
/// <param name="HolidayBoost">Added to log B in the holiday season.</param>
/// <param name="ArCoefficient">Autoregressive coefficient of u.</param>
/// <param name="InnovationSd">Standard deviation of the innovations of u.</param>
public sealed record AdBudgetTruth(
    double Scale,
    double SeasonalityLoading,
    double EventBoost,
    double HolidayBoost,
    double ArCoefficient,
    double InnovationSd
);
