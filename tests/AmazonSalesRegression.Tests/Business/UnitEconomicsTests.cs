using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Tests.Business;

public sealed class UnitEconomicsTests
{
    [Theory]
    [InlineData(0.08)]
    [InlineData(0.15)]
    public void The_landed_unit_cost_leaves_exactly_the_contribution_margin_at_the_list_price(double feeRate)
    {
        // Given a $40 list price and a referral fee rate
        const double listPrice = 40;

        // When the unit cost is derived from the margin
        var cost = UnitEconomics.LandedUnitCost(listPrice, feeRate);

        // Then what a unit sold at list price leaves after fee and cost is the margin's share of the price
        var contribution = listPrice * (1 - feeRate) - cost;
        Assert.Equal(UnitEconomics.ContributionMargin, contribution / listPrice, 12);
    }

    [Fact]
    public void An_ad_dollar_breaks_even_when_its_revenue_times_the_margin_is_one_dollar()
    {
        // Given the break-even revenue per ad dollar
        var breakEven = UnitEconomics.BreakEvenRevenuePerAdDollar;

        // When its contribution is computed
        var contribution = breakEven * UnitEconomics.ContributionMargin;

        // Then it pays back exactly the dollar
        Assert.Equal(1.0, contribution, 12);
    }

    [Fact]
    public void A_fee_that_leaves_no_room_for_the_margin_is_rejected_with_the_allowed_range()
    {
        // Given a fee rate above 1 − m
        // When the unit cost is derived
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => UnitEconomics.LandedUnitCost(40, 0.6));

        // Then the error names the fee and the range
        Assert.Equal("referralFeeRate", error.ParamName);
        Assert.Contains("[0, 0.55)", error.Message, StringComparison.Ordinal);
    }
}
