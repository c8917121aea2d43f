using AmazonSalesRegression.Business;
using MathNet.Numerics.Distributions;

namespace AmazonSalesRegression.Tests.Business;

public sealed class InventoryPolicyTests
{
    [Fact]
    public void The_safety_factor_at_95_percent_is_1_645()
    {
        // Given a 95 % cycle service level
        // When the safety factor is computed
        var z = InventoryPolicy.SafetyFactor(0.95);

        // Then it is the standard normal 95 % quantile to 5 significant digits
        Assert.Equal(1.6449, z, 4);
    }

    [Fact]
    public void One_day_of_demand_keeps_its_own_log_normal_parameters()
    {
        // Given a single day with log mean 2 and log standard deviation 0.4
        // When it is summed into lead-time demand
        var demand = InventoryLeadTime.FromLogForecasts([2.0], [0.4]);

        // Then the moment-matched log-normal is the day's own, and the mean is exp(m + s²/2)
        Assert.Equal(2.0, demand.LogLocation, 12);
        Assert.Equal(0.4, demand.LogScale, 12);
        Assert.Equal(Math.Exp(2.08), demand.Mean, 10);
        Assert.Equal(Math.Exp(2.0), demand.Median, 10);
    }

    [Fact]
    public void Independent_days_add_their_means_and_variances()
    {
        // Given two days with known log-normal moments
        double[] m = [1.0, 2.0];
        double[] s = [0.3, 0.5];

        // When they are summed
        var demand = InventoryLeadTime.FromLogForecasts(m, s);

        // Then the mean and the variance are the sums of the days' (to 12 significant digits)
        var mean = Math.Exp(1.045) + Math.Exp(2.125);
        var variance = Math.Exp(2.09) * (Math.Exp(0.09) - 1) + Math.Exp(4.25) * (Math.Exp(0.25) - 1);
        Assert.Equal(mean, demand.Mean, 10);
        Assert.Equal(Math.Sqrt(variance), demand.StandardDeviation, 10);
    }

    [Fact]
    public void The_normal_rule_holds_z_times_sigma_as_safety_stock()
    {
        // Given a lead-time demand of mean 70 and standard deviation 10
        var demand = new InventoryLeadTime(7, 70, 10, Math.Log(70), 0.14);

        // When the 95 % normal rule is applied
        var target = InventoryPolicy.Normal(demand, 0.95);

        // Then SS = 1.645·10 and the reorder point is 70 + SS
        Assert.Equal(16.449, target.SafetyStock, 3);
        Assert.Equal(86.449, target.ReorderPoint, 3);
        Assert.Equal(164.49, target.SafetyStockValue(10), 2);
    }

    [Fact]
    public void The_log_normal_rule_meets_the_service_level_where_the_normal_rule_falls_short()
    {
        // Given seven skewed days (log standard deviation 0.8) and simulated lead-time demand
        var m = Enumerable.Repeat(1.5, 7).ToArray();
        var s = Enumerable.Repeat(0.8, 7).ToArray();
        var demand = InventoryLeadTime.FromLogForecasts(m, s);
        var random = new Random(7);
        var totals = Enumerable
            .Range(0, 100_000)
            .Select(_ => Enumerable.Range(0, 7).Sum(d => Math.Exp(m[d] + s[d] * Normal.Sample(random, 0, 1))))
            .ToArray();

        // When both rules set a 95 % reorder point
        var logNormal = InventoryPolicy.LogNormal(demand, 0.95).ReorderPoint;
        var normal = InventoryPolicy.Normal(demand, 0.95).ReorderPoint;

        // Then the log-normal point covers 95 % ± 0.5 points of the cycles and the normal one clearly fewer
        var coveredLogNormal = totals.Count(t => t <= logNormal) / (double)totals.Length;
        var coveredNormal = totals.Count(t => t <= normal) / (double)totals.Length;
        Assert.InRange(coveredLogNormal, 0.945, 0.955);
        Assert.True(coveredNormal < 0.945, $"normal rule covered {coveredNormal}");
        Assert.True(logNormal > normal);
    }

    [Fact]
    public void Two_weeks_of_cover_with_a_one_week_lead_time_hold_one_week_of_safety_stock()
    {
        // Given 10 units a day on average
        // When the reorder point is two weeks of sales with a 7-day lead time
        var target = InventoryPolicy.DaysOfCover(10, 14, 7);

        // Then it reorders at 140 units, 70 of them safety stock
        Assert.Equal(140, target.ReorderPoint, 12);
        Assert.Equal(70, target.SafetyStock, 12);
        Assert.Equal("14 days of cover", target.Rule);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Service_levels_outside_one_half_to_one_are_rejected(double level)
    {
        // Given an invalid service level
        // When the safety factor is asked for
        // Then it fails
        Assert.Throws<ArgumentOutOfRangeException>(() => InventoryPolicy.SafetyFactor(level));
    }

    [Fact]
    public void Forecasts_of_different_lengths_are_rejected()
    {
        // Given two log means and one standard deviation
        // When they are summed
        // Then it fails
        Assert.Throws<ArgumentException>(() => InventoryLeadTime.FromLogForecasts([1.0, 2.0], [0.1]));
    }
}
