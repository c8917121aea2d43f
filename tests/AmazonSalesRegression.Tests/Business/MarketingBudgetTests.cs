using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Tests.Business;

public sealed class MarketingBudgetTests
{
    private static readonly MarketingChannel[] Channels = [new("sp", 0.2, 25), new("sb", 0.1, 20), new("display", 0.06, 15)];

    [Fact]
    public void Funded_channels_end_with_equal_marginal_returns_and_the_budget_is_spent_exactly()
    {
        // Given
        const double budget = 60;

        // When
        var allocation = MarketingBudget.Allocate(Channels, budget);

        // Then
        Assert.Equal(budget, allocation.Budget, 12);
        var funded = Enumerable.Range(0, Channels.Length).Where(k => allocation.Spends[k] > 0).ToList();
        Assert.True(funded.Count >= 2);
        foreach (var k in funded)
        {
            Assert.Equal(allocation.MarginalLogLift, Channels[k].MarginalLogLift(allocation.Spends[k]), 12);
        }
    }

    [Fact]
    public void A_small_budget_goes_only_to_the_channel_with_the_best_first_dollar()
    {
        // Given: b/h is 0.008 for sp, 0.005 for sb and 0.004 for display; sb only pays once sp's return falls to 0.005
        const double budget = 10;

        // When
        var allocation = MarketingBudget.Allocate(Channels, budget);

        // Then
        Assert.Equal(10.0, allocation.SpendOn("sp"), 12);
        Assert.Equal(0.0, allocation.SpendOn("sb"));
        Assert.Equal(0.0, allocation.SpendOn("display"));
        Assert.Equal(0.2 / 35, allocation.MarginalLogLift, 12);
    }

    [Fact]
    public void The_optimum_beats_every_split_on_a_grid_of_the_same_budget()
    {
        // Given
        const double budget = 90;
        var optimal = MarketingBudget.Allocate(Channels, budget);

        // When
        var best = double.NegativeInfinity;
        for (var sp = 0.0; sp <= budget; sp += 1)
        {
            for (var sb = 0.0; sp + sb <= budget; sb += 1)
            {
                best = Math.Max(best, MarketingBudget.Describe(Channels, [sp, sb, budget - sp - sb]).LogLift);
            }
        }

        // Then: no grid split is better, and the best grid split is within 1e-4 of the optimum
        Assert.True(optimal.LogLift >= best - 1e-12);
        Assert.True(optimal.LogLift - best < 1e-4);
    }

    [Fact]
    public void Reallocation_keeps_the_budget_and_scales_revenue_by_the_exponential_of_the_lift_gained()
    {
        // Given: a split that overspends display
        double[] current = [20, 10, 30];

        // When
        var result = MarketingBudget.Reallocate(Channels, current, currentRevenue: 1000);

        // Then
        Assert.Equal(60, result.Optimal.Budget, 12);
        Assert.True(result.RevenueGain > 0);
        var expected = 1000 * Math.Exp(result.Optimal.LogLift - result.Current.LogLift);
        Assert.Equal(expected, result.RevenueAfter, 10);
        Assert.Equal(result.RevenueGain / 1000, result.RelativeGain, 12);
    }

    [Fact]
    public void A_channel_with_a_non_positive_coefficient_is_rejected_with_its_name()
    {
        // Given
        MarketingChannel[] channels = [new("sp", 0.2, 25), new("tv", -0.01, 10)];

        // When
        var error = Assert.Throws<ArgumentException>(() => MarketingBudget.Allocate(channels, 50));

        // Then
        Assert.Contains("'tv'", error.Message, StringComparison.Ordinal);
    }
}
