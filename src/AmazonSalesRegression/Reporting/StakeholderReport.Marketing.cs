using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Reporting;

public static partial class StakeholderReport
{
    private static ReportSection Marketing(ReportFacts facts) =>
        new(
            "marketing",
            "Marketing: return on advertising by channel",
            [
                new ParagraphBlock(
                    "Each channel enters the model as b·ln(1 + daily spend), so returns diminish: one more dollar raises units by about b/(1 + spend), "
                        + "which at the average day's revenue gives the marginal return on ad spend (marginal ROAS) below. Budgets rise with the season "
                        + "and events, which the model holds fixed; the three channels move together (correlation about 0.9), so their separate "
                        + "coefficients are less certain than their sum. At the course's contribution margin of "
                        + ReportNumbers.Percent(UnitEconomics.ContributionMargin, 0)
                        + " of the price (after landed cost and referral fee, before advertising), an extra dollar pays for itself only above "
                        + ReportNumbers.Money2(UnitEconomics.BreakEvenRevenuePerAdDollar)
                        + " of marginal revenue; a channel below that is over-funded."
                ),
                new TableBlock(
                    "Advertising channels: response coefficient, average daily spend per SKU and marginal revenue per extra dollar",
                    ["Channel", "Coefficient b", "95 % interval", "Average daily spend", "Marginal ROAS"],
                    [
                        .. facts.Channels.Select(c =>
                            (IReadOnlyList<string>)
                                [
                                    c.Channel,
                                    ReportNumbers.Number(c.Coefficient.Estimate),
                                    ReportNumbers.Interval(c.Coefficient.ConfidenceLower, c.Coefficient.ConfidenceUpper),
                                    ReportNumbers.Money2(c.MeanSpend),
                                    ReportNumbers.Money2(c.MarginalRoas),
                                ]
                        ),
                    ]
                ),
                new ChartBlock(
                    "marginal_roas_by_channel",
                    "Marginal revenue from one more advertising dollar, by channel.",
                    ReportCharts.Channels(facts)
                ),
            ]
        );
}
