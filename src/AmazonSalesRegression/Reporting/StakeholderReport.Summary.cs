namespace AmazonSalesRegression.Reporting;

public static partial class StakeholderReport
{
    private const double TargetRSquared = 0.8;
    private const double TargetMapePercent = 10;

    private static ReportSection Summary(ReportFacts facts)
    {
        var holdout = facts.Artifact.Holdout;
        var weekly = holdout.WeeklyCategory;
        var daily = holdout.Units;
        var weeklyMet = weekly.RSquared > TargetRSquared && weekly.MapePercent < TargetMapePercent;
        return new ReportSection(
            "summary",
            "Summary",
            [
                new BulletsBlock([
                    $"Two years of daily sales of {ReportNumbers.Count(facts.Artifact.Training.SourceRows)} SKU-days: revenue {ReportNumbers.Money(facts.TotalRevenue)}, "
                        + $"advertising {ReportNumbers.Money(facts.TotalAdSpend)} (total advertising cost of sales {ReportNumbers.Percent(facts.TotalAdSpend / facts.TotalRevenue)}).",
                    $"Weekly units per category, the level the planning team uses and the success criteria (R² > 0.8, MAPE < 10 %) are set for, "
                        + $"on the {ReportNumbers.Count(weekly.Count)} category-weeks of the unseen fourth quarter of 2025 (full weeks only): "
                        + $"R² {ReportNumbers.Number(weekly.RSquared)}, MAPE {ReportNumbers.PercentValue(weekly.MapePercent ?? double.NaN)}. The criteria are "
                        + (weeklyMet ? "met." : "not met."),
                    $"For context, not the criterion level: daily units per SKU are much noisier (R² {ReportNumbers.Number(daily.RSquared)}, "
                        + $"MAPE {ReportNumbers.PercentValue(daily.MapePercent ?? double.NaN)}), so daily SKU forecasts should be used with their "
                        + "prediction intervals, not as point values.",
                    "Prediction latency (p99 under 100 ms per request), uptime (above 99.9 %) and error rate (below 1 %) are criteria of the "
                        + "running prediction service, monitored there (its /metrics endpoint and CloudWatch), not measured in this report.",
                    $"{ReportNumbers.Percent(holdout.IntervalLevel, 0)} prediction intervals covered {ReportNumbers.Percent(holdout.IntervalCoverage)} of the holdout days.",
                ]),
            ]
        );
    }

    private static ReportSection Questions(ReportFacts facts)
    {
        var holdout = facts.Artifact.Holdout;
        return new ReportSection(
            "questions",
            "Business questions and answers",
            [
                new TableBlock(
                    "The four questions the course set out to answer",
                    ["Question", "Answer"],
                    [
                        [
                            "Forecasting: how many units will each category sell next week?",
                            $"Weekly category forecasts miss by {ReportNumbers.PercentValue(holdout.WeeklyCategory.MapePercent ?? double.NaN)} on average (MAPE) on the holdout quarter.",
                        ],
                        [
                            "Demand planning: how much stock covers a 95 % service level?",
                            $"Use the prediction intervals: they covered {ReportNumbers.Percent(holdout.IntervalCoverage)} of holdout days; safety stock follows from their width (notebook 5).",
                        ],
                        [
                            "Marketing ROI: what does one more advertising dollar return, by channel?",
                            "See the marketing section: marginal returns at current spend by channel.",
                        ],
                        [
                            "Pricing: how do units respond to price, and what price maximizes profit?",
                            "See the pricing section: elasticities by category with intervals.",
                        ],
                    ]
                ),
                new ChartBlock(
                    "holdout_weekly_units",
                    "Weekly units, all SKUs in stock: actual and forecast on the holdout quarter.",
                    ReportCharts.HoldoutWeekly(facts)
                ),
                new ChartBlock("weekly_revenue", "Weekly revenue over the two years.", ReportCharts.WeeklyRevenue(facts)),
            ]
        );
    }
}
