namespace AmazonSalesRegression.Production;

/// <summary>
/// Accuracy of the production model on the time-ordered holdout (in-stock rows of the test period; out-of-stock rows
/// are censored and say nothing about demand).
/// </summary>
/// <param name="From">First holdout day.</param>
/// <param name="To">Last holdout day.</param>
/// <param name="LogScale">Metrics of log(units) against the predicted log mean.</param>
/// <param name="Units">Metrics of units against the back-transformed median exp(ŷ).</param>
/// <param name="WeeklyCategory">Metrics of weekly units per category (Monday weeks) against the sum of the predicted means exp(ŷ + s²/2): the planning level.</param>
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
