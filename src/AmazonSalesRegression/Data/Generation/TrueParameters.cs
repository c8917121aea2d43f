namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The true parameter values of the data-generating process. <c>data/README.md</c> lists the same numbers; a test
/// checks that the two agree.
/// </summary>
internal static class TrueParameters
{
    public const string DemandEquation =
        "log(D) = a_sku + e_cat*log(selling_price) + delta*prime_day*log(selling_price) + theta*log(competitor_price)"
        + " + sum_k b_k*log(1 + ad_spend_k/h_k) + weekday(date) + sum_j [s_j*sin(2*pi*j*t) + c_j*cos(2*pi*j*t)]"
        + " + trend*t + lift_prime*prime_day + lift_bfcm*bfcm + lift_holiday*holiday_season + rho*(avg_rating - 4)"
        + " + phi*FBA + eps, eps ~ N(0, (sigma_cat * m_FBM^FBM * m_event^(prime_day or bfcm))^2),"
        + " t = (date - timeOrigin) in days / 365.25";

    // Name, SKU prefix, elasticity, noise sd, referral fee rate, conversion rate, list price min/max (USD),
    // base units min/max, FBA share.
    public static IReadOnlyList<CategoryTruth> Categories { get; } =
    [
        new("Electronics", "ELEC", -1.8, 0.30, 0.08, 0.08, 30, 400, 8, 30, 0.8),
        new("Home & Kitchen", "HOME", -1.3, 0.22, 0.15, 0.11, 15, 150, 10, 40, 0.7),
        new("Books", "BOOK", -0.7, 0.18, 0.15, 0.14, 8, 35, 12, 50, 0.6),
        new("Beauty", "BEAU", -1.1, 0.20, 0.08, 0.12, 8, 60, 10, 45, 0.7),
        new("Toys", "TOYS", -1.5, 0.28, 0.15, 0.10, 10, 80, 8, 40, 0.6),
        new("Sports", "SPRT", -1.2, 0.24, 0.15, 0.09, 15, 200, 8, 35, 0.6),
    ];

    public static DemandTruth Demand { get; } =
        new(
            PrimeDayElasticityShift: -0.15,
            CompetitorCrossElasticity: 0.4,
            TimeOrigin: new DateOnly(2024, 1, 1),
            TrendPerYear: 0.08,
            SeasonalPeriodDays: 365.25,
            Seasonality: [new(1, -0.06, 0.08), new(2, 0.03, 0.04)],
            WeekdayEffects:
            [
                new(DayOfWeek.Monday, 0.0),
                new(DayOfWeek.Tuesday, -0.03),
                new(DayOfWeek.Wednesday, -0.05),
                new(DayOfWeek.Thursday, -0.02),
                new(DayOfWeek.Friday, 0.04),
                new(DayOfWeek.Saturday, 0.10),
                new(DayOfWeek.Sunday, 0.08),
            ],
            PrimeDayLift: 1.2,
            BlackFridayCyberMondayLift: 0.6,
            HolidaySeasonLift: 0.25,
            RatingEffect: 0.3,
            RatingCentre: 4.0,
            FbaEffect: 0.15,
            FbmNoiseMultiplier: 1.3,
            EventNoiseMultiplier: 1.5
        );

    // Column, response coefficient b, half-saturation h (USD), budget share, share noise sd.
    public static IReadOnlyList<AdChannelTruth> AdChannels { get; } =
    [
        new(SalesColumns.AdSpendSponsoredProducts, 0.20, 25.0, 0.55, 0.18),
        new(SalesColumns.AdSpendSponsoredBrands, 0.10, 20.0, 0.25, 0.18),
        new(SalesColumns.AdSpendDisplay, 0.06, 15.0, 0.20, 0.18),
    ];

    public static AdBudgetTruth AdBudget { get; } =
        new(Scale: 1.5, SeasonalityLoading: 0.5, EventBoost: 0.7, HolidayBoost: 0.3, ArCoefficient: 0.6, InnovationSd: 0.2);

    public static PromotionTruth Promotions { get; } =
        new(
            StartProbability: 0.15,
            HolidayStartProbability: 0.30,
            MinDays: 2,
            MaxDays: 7,
            DepthsPercent: [5, 10, 15, 20, 25],
            EventParticipation: 0.85,
            EventDepthsPercent: [15, 20, 25, 30]
        );

    public static ListPriceTruth ListPrices { get; } = new(ChangeProbabilityPerYear: 0.7, MaxLogChange: 0.15);

    public static CompetitorTruth Competitor { get; } = new(InitialMin: 0.90, InitialMax: 1.05, StepSd: 0.012, Lower: 0.80, Upper: 1.15);

    /// <summary>Stock-out chain; the realised episodes are added by the generator.</summary>
    public static (double StockOut, double Restock, double MaxCensoredFraction) StockOut { get; } =
        (StockOut: 0.006, Restock: 0.2, MaxCensoredFraction: 0.15);

    public static ReputationTruth Reputation { get; } =
        new(
            RatingArCoefficient: 0.97,
            RatingInnovationSd: 0.03,
            ReviewRate: 0.02,
            ReviewLagDays: 7,
            BaseRatingMin: 3.4,
            BaseRatingMax: 4.9,
            InitialReviewMedian: 250.0,
            InitialReviewLogSd: 1.0
        );

    public static TrafficTruth Traffic { get; } = new(ConversionNoiseSd: 0.15, PageViewsPerSessionMin: 1.2, PageViewsPerSessionMax: 2.0);

    /// <summary>Range of outlier factors for viral mentions (drawn uniformly, rounded to 0.01).</summary>
    public static (double Min, double Max) ViralFactor { get; } = (4.0, 8.0);

    /// <summary>Range of outlier factors for bulk orders.</summary>
    public static (double Min, double Max) BulkOrderFactor { get; } = (5.0, 12.0);
}
