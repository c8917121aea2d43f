namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// Accuracy of the production model on the time-ordered holdout (in-stock rows of the test period; out-of-stock rows
/// are censored and say nothing about demand).
/// </summary>
/// <param name="From">First holdout day.</param>
/// <param name="To">Last holdout day.</param>
/// <param name="LogScale">Metrics of log(units) against the predicted log mean.</param>
/// <param name="Units">Metrics of units against the back-transformed median exp(ŷ).</param>
/// <param name="WeeklyCategory">
/// Metrics of weekly units per category against the sum of the predicted means exp(ŷ + s²/2), over the full
/// Monday-to-Sunday weeks of the holdout only (12 weeks × 6 categories for Oct–Dec 2025): the planning level and the
/// level of the success criteria.
/// </param>
/// <param name="IntervalLevel">Nominal coverage of the prediction intervals, e.g. 0.95.</param>
/// <param name="IntervalCoverage">Share of holdout rows whose units fall inside their prediction interval.</param>
public sealed record HoldoutReport(
    DateOnly From,
    DateOnly To,
    ForecastMetrics LogScale,
    ForecastMetrics Units,
    ForecastMetrics WeeklyCategory,
    double IntervalLevel,
    double IntervalCoverage
);
