using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Reporting;

public static partial class StakeholderReport
{
    private static ReportSection ModelCard(ReportFacts facts)
    {
        var artifact = facts.Artifact;
        var fit = facts.Fit;
        var holdout = artifact.Holdout;
        return new ReportSection(
            "model-card",
            "Production model card",
            [
                new BulletsBlock([
                    $"Model: {artifact.Name} {artifact.Version}. {artifact.Description}",
                    "Intended use: weekly and daily demand planning per SKU and category, price and advertising what-if analysis within the ranges seen in training.",
                    "Not intended for: new SKUs or categories, prices or spends far outside the training ranges (the service flags them), days out of stock.",
                    $"Training data: {ReportNumbers.Count(artifact.Training.TrainingRows)} in-stock SKU-days from {artifact.Training.FirstDate:yyyy-MM-dd} to {artifact.Training.LastDate:yyyy-MM-dd} "
                        + $"({ReportNumbers.Count(artifact.Training.OutOfStockRowsExcluded)} out-of-stock days excluded: their sales are censored); "
                        + $"holdout: {ReportNumbers.Count(artifact.Training.HoldoutRows)} in-stock SKU-days of the fourth quarter of 2025.",
                    $"Formula: {artifact.Formula}",
                    $"Method: ordinary least squares (Householder QR) on log units; forecasts are the median exp(prediction), weekly totals use the mean exp(prediction + s²/2).",
                ]),
                new TableBlock(
                    "Features the service accepts",
                    ["Feature", "Type", "Training range or categories"],
                    [
                        .. artifact.Features.Select(f =>
                            (IReadOnlyList<string>)
                                [
                                    f.Name,
                                    f.Kind.ToString().ToLowerInvariant(),
                                    f.Kind == FeatureKind.Category
                                        ? $"{f.Categories.Count} categories"
                                        : $"{ReportNumbers.Significant(f.Min)} to {ReportNumbers.Significant(f.Max)}",
                                ]
                        ),
                    ]
                ),
                new TableBlock(
                    "Coefficients with 95 % confidence intervals (the 47 SKU effects are left out)",
                    ["Term", "Estimate", "Standard error", "95 % interval", "p-value"],
                    [
                        .. fit
                            .Coefficients.Where(c => !c.Name.StartsWith("C(sku)", StringComparison.Ordinal) && !c.IsAliased)
                            .Select(c =>
                                (IReadOnlyList<string>)
                                    [
                                        c.Name,
                                        ReportNumbers.Number(c.Estimate, 4),
                                        ReportNumbers.Number(c.StandardError, 4),
                                        ReportNumbers.Interval(c.ConfidenceLower, c.ConfidenceUpper, 4),
                                        c.PValue < 1e-4 ? "< 0.0001" : ReportNumbers.Number(c.PValue, 4),
                                    ]
                            ),
                    ]
                ),
                new TableBlock(
                    $"Accuracy on the holdout, {holdout.From:yyyy-MM-dd} to {holdout.To:yyyy-MM-dd}",
                    ["Level", "Observations", "R²", "RMSE", "MAE", "MAPE"],
                    [
                        Metrics("log units per SKU-day", holdout.LogScale),
                        Metrics("units per SKU-day", holdout.Units),
                        Metrics("units per category-week", holdout.WeeklyCategory),
                    ]
                ),
                new TableBlock(
                    "Diagnostics of the training fit",
                    ["Check", "Value", "Reading"],
                    [
                        [
                            "R² / adjusted R² (log scale)",
                            $"{ReportNumbers.Number(fit.Statistics.RSquared)} / {ReportNumbers.Number(fit.Statistics.AdjustedRSquared)}",
                            "share of log-unit variation explained",
                        ],
                        [
                            "Residual standard error (log scale)",
                            ReportNumbers.Number(fit.ResidualStandardError),
                            "typical daily miss of about this fraction",
                        ],
                        [
                            "Breusch–Pagan (Koenker)",
                            $"{ReportNumbers.Significant(facts.BreuschPagan.Statistic)} (p {PValue(facts.BreuschPagan.PValue)})",
                            "noise variance differs across rows: intervals are averages",
                        ],
                        [
                            "Durbin–Watson",
                            ReportNumbers.Number(facts.Residuals.DurbinWatson),
                            "rows are SKU-days ordered by date, not one series; see notebook 4 for per-SKU checks",
                        ],
                        [
                            "Jarque–Bera",
                            $"{ReportNumbers.Significant(facts.Residuals.JarqueBera.Statistic)} (p {PValue(facts.Residuals.JarqueBera.PValue)})",
                            "heavier tails than normal (event days, outliers)",
                        ],
                        [
                            "Scaled condition number",
                            ReportNumbers.Significant(facts.Residuals.ScaledConditionNumber),
                            "collinearity among the design columns",
                        ],
                    ]
                ),
                new BulletsBlock([
                    "Limitations: the noise is larger on Prime Day and BFCM and for merchant-fulfilled SKUs, so intervals are too wide on ordinary days and too narrow on event days.",
                    "Advertising spend is planned around the season and events; the coefficients are associations given the controls, not experiments.",
                    "The data are synthetic, generated with known parameters; on real data, validate against business experiments before acting.",
                ]),
            ]
        );
    }

    private static IReadOnlyList<string> Metrics(string level, ForecastMetrics m) =>
        [
            level,
            ReportNumbers.Count(m.Count),
            ReportNumbers.Number(m.RSquared),
            ReportNumbers.Significant(m.Rmse),
            ReportNumbers.Significant(m.Mae),
            m.MapePercent is { } mape ? ReportNumbers.PercentValue(mape) : "—",
        ];

    private static string PValue(double p) => p < 1e-4 ? "< 0.0001" : ReportNumbers.Number(p, 4);
}
