namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Rating and review dynamics. The shown rating is the SKU's base rating plus an AR(1) drift, rounded to one decimal
/// and clipped to [1, 5]. The review count is the initial count plus ⌊ReviewRate × units sold up to ReviewLagDays ago⌋;
/// reviews have no direct effect on demand.
/// </summary>
/// <param name="RatingArCoefficient">Autoregressive coefficient of the rating drift.</param>
/// <param name="RatingInnovationSd">Standard deviation of the drift's daily innovation, stars.</param>
/// <param name="ReviewRate">Reviews written per unit sold.</param>
/// <param name="ReviewLagDays">Days between a sale and its review appearing.</param>
/// <param name="BaseRatingMin">Lower end of the SKUs' base ratings (drawn uniformly, rounded to 0.01).</param>
/// <param name="BaseRatingMax">Upper end of the SKUs' base ratings.</param>
/// <param name="InitialReviewMedian">Median of the log-normal initial review count.</param>
/// <param name="InitialReviewLogSd">Log-scale standard deviation of the initial review count.</param>
public sealed record ReputationTruth(
    double RatingArCoefficient,
    double RatingInnovationSd,
    double ReviewRate,
    int ReviewLagDays,
    double BaseRatingMin,
    double BaseRatingMax,
    double InitialReviewMedian,
    double InitialReviewLogSd
);
