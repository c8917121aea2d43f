using AmazonSalesRegression.Business;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Reporting;

public static partial class StakeholderReport
{
    private static ReportSection Pricing(ReportFacts facts, GroundTruth truth)
    {
        var rows = Elasticities(facts, truth);
        return new ReportSection(
            "pricing",
            "Pricing: price elasticity by category",
            [
                new ParagraphBlock(
                    "A price elasticity of e means a 1 % higher price changes units by about e %. Estimated within SKUs, on in-stock days, with "
                        + "events, advertising, competitor prices and the calendar held fixed. Where e < −1, demand is elastic: the profit-maximizing "
                        + "price is the unit cost divided by (1 − referral fee rate), times e/(1 + e); where −1 < e < 0 a higher price raises revenue and profit until other limits bind."
                ),
                new TableBlock(
                    "Elasticity estimates with 95 % confidence intervals, against the value the data were generated with",
                    [
                        "Category",
                        "Estimate",
                        "95 % interval",
                        "True value",
                        "Interval contains truth",
                        "Profit-maximizing price / unit cost",
                    ],
                    [
                        .. rows.Select(r =>
                            (IReadOnlyList<string>)
                                [
                                    r.Category,
                                    ReportNumbers.Number(r.Estimate.Estimate),
                                    ReportNumbers.Interval(r.Estimate.ConfidenceLower, r.Estimate.ConfidenceUpper),
                                    ReportNumbers.Number(r.Truth, 2),
                                    r.Estimate.ConfidenceLower <= r.Truth && r.Truth <= r.Estimate.ConfidenceUpper ? "yes" : "no",
                                    r.Estimate.Estimate < -1
                                        ? ReportNumbers.Number(
                                            new PricingModel(r.Estimate.Estimate, 1, 1, UnitCost: 1, r.FeeRate).ProfitMaximizingPrice(),
                                            2
                                        ) + "×"
                                        : "inelastic: no interior optimum",
                                ]
                        ),
                    ]
                ),
                new ChartBlock(
                    "elasticity_by_category",
                    "Price elasticity by category: estimate and the generator's true value.",
                    ReportCharts.Elasticities(rows)
                ),
            ]
        );
    }

    private static IReadOnlyList<ElasticityRow> Elasticities(ReportFacts facts, GroundTruth truth) =>
        [
            .. truth
                .Categories.OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new ElasticityRow(
                    c.Name,
                    facts.Fit.Coefficients.Single(e => e.Name == $"C(category)[{c.Name}]:log(selling_price)"),
                    c.Elasticity,
                    c.ReferralFeeRate
                )),
        ];
}
