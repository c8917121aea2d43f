namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// True coefficients of the log-demand equation shared by all categories (the category elasticities and noise levels
/// are in <see cref="CategoryTruth"/>, the advertising response in <see cref="AdChannelTruth"/>).
/// </summary>
/// <param name="PrimeDayElasticityShift">δ: added to the elasticity on Prime Day (coefficient of prime_day × log(selling_price)).</param>
/// <param name="CompetitorCrossElasticity">θ: coefficient of log(competitor_price).</param>
/// <param name="TimeOrigin">Day at which the trend and the seasonal phase are zero.</param>
/// <param name="TrendPerYear">Coefficient of t, the years since <paramref name="TimeOrigin"/> (days / 365.25).</param>
/// <param name="SeasonalPeriodDays">Period of the yearly Fourier terms, in days.</param>
/// <param name="Seasonality">Yearly Fourier terms, sin and cos of 2πk·t.</param>
/// <param name="WeekdayEffects">Additive day-of-week effects; Monday is the reference (0).</param>
/// <param name="PrimeDayLift">Coefficient of the prime_day flag (the lift for a $1 item; add δ·log(price)).</param>
/// <param name="BlackFridayCyberMondayLift">Coefficient of the bfcm flag.</param>
/// <param name="HolidaySeasonLift">Coefficient of the holiday_season flag (adds to the BFCM lift where both apply).</param>
/// <param name="RatingEffect">ρ: coefficient of (avg_rating − <paramref name="RatingCentre"/>).</param>
/// <param name="RatingCentre">Rating at which the rating term is zero.</param>
/// <param name="FbaEffect">φ: coefficient of the FBA indicator.</param>
/// <param name="FbmNoiseMultiplier">Factor applied to σ_cat for FBM SKUs.</param>
/// <param name="EventNoiseMultiplier">Factor applied to σ_cat on Prime Day and BFCM days.</param>
public sealed record DemandTruth(
    double PrimeDayElasticityShift,
    double CompetitorCrossElasticity,
    DateOnly TimeOrigin,
    double TrendPerYear,
    double SeasonalPeriodDays,
    IReadOnlyList<FourierTerm> Seasonality,
    IReadOnlyList<WeekdayEffect> WeekdayEffects,
    double PrimeDayLift,
    double BlackFridayCyberMondayLift,
    double HolidaySeasonLift,
    double RatingEffect,
    double RatingCentre,
    double FbaEffect,
    double FbmNoiseMultiplier,
    double EventNoiseMultiplier
);
