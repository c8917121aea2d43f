using AmazonSalesRegression.Business;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Reporting;

/// <summary>
/// The estimated return of one advertising channel at the current average spend. With the term b·ln(1 + s) in a model
/// of ln(units), one more dollar raises units by about b/(1 + s) percent-points of the day's sales, so it brings
/// b/(1 + s) × average daily revenue in revenue: the marginal return on ad spend (marginal ROAS).
/// </summary>
/// <param name="Channel">The channel's short name (sp, sb, display).</param>
/// <param name="Coefficient">The estimate of b with its interval.</param>
/// <param name="MeanSpend">Average daily spend per SKU in the training rows, in dollars.</param>
/// <param name="MarginalRoas">Revenue from one more dollar at <paramref name="MeanSpend"/>, in dollars.</param>
internal sealed record ChannelReturn(string Channel, CoefficientEstimate Coefficient, double MeanSpend, double MarginalRoas)
{
    public static IReadOnlyList<ChannelReturn> Estimate(
        OlsResult fit,
        IReadOnlyList<string> channels,
        double[] meanSpend,
        double meanRevenue
    ) =>
        [
            .. channels.Select(
                (channel, k) =>
                {
                    var b = fit.Coefficients.Single(c => c.Name == $"log1p(ad_spend_{channel})");
                    var response = new MarketingChannel(channel, b.Estimate, HalfSaturation: 1);
                    return new ChannelReturn(channel, b, meanSpend[k], response.MarginalRevenue(meanSpend[k], meanRevenue));
                }
            ),
        ];
}
