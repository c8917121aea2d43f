using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Tests.Business;

public sealed class MarketingChannelTests
{
    [Fact]
    public void Marginal_log_lift_is_the_derivative_of_the_log_lift()
    {
        // Given
        var channel = new MarketingChannel("sp", 0.2, 25);
        const double spend = 40;
        const double step = 1e-4;

        // When
        var numeric = (channel.LogLift(spend + step) - channel.LogLift(spend - step)) / (2 * step);

        // Then: central difference agrees to 7 significant digits
        Assert.Equal(channel.MarginalLogLift(spend), numeric, 1e-7 * channel.MarginalLogLift(spend));
    }

    [Fact]
    public void Each_extra_dollar_buys_less_than_the_previous_one()
    {
        // Given
        var channel = new MarketingChannel("sb", 0.1, 20);

        // When
        var returns = new[] { 0.0, 10, 50, 200 }.Select(s => channel.MarginalRevenue(s, revenue: 1000)).ToArray();

        // Then
        Assert.Equal(1000 * 0.1 / 20, returns[0], 12);
        Assert.True(returns.Zip(returns.Skip(1)).All(p => p.First > p.Second));
    }

    [Fact]
    public void Half_saturation_spend_gives_b_times_ln_2()
    {
        // Given
        var channel = new MarketingChannel("display", 0.06, 15);

        // When
        var lift = channel.LogLift(15);

        // Then
        Assert.Equal(0.06 * Math.Log(2), lift, 14);
        Assert.Equal(30 * 0.06 / 30, channel.MarginalUnits(15, units: 30), 14);
    }

    [Fact]
    public void Negative_spend_is_rejected()
    {
        // Given
        var channel = new MarketingChannel("sp", 0.2, 25);

        // When
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => channel.LogLift(-1));

        // Then
        Assert.Equal("spend", error.ParamName);
    }
}
