using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Tests.Business;

public sealed class PlanningLevelAndInventoryCostTests
{
    // Wednesday 2024-01-03 to Sunday 2024-01-21: a partial week, then two full Monday-to-Sunday weeks.
    private static readonly DateOnly[] Days = Enumerable.Range(0, 19).Select(d => new DateOnly(2024, 1, 3).AddDays(d)).ToArray();

    [Fact]
    public void Weeks_start_on_monday()
    {
        // Given / When / Then
        Assert.Equal(new DateOnly(2024, 1, 1), PlanningLevel.WeekStart(new DateOnly(2024, 1, 7)));
        Assert.Equal(new DateOnly(2024, 1, 8), PlanningLevel.WeekStart(new DateOnly(2024, 1, 8)));
    }

    [Fact]
    public void Daily_rows_are_summed_per_full_week_and_group()
    {
        // Given two groups, actual 1 per day for A and 2 for B, forecasts 10 % higher
        var dates = Days.Concat(Days).ToArray();
        var groups = Days.Select(_ => "B").Concat(Days.Select(_ => "A")).ToArray();
        var actual = Days.Select(_ => 2.0).Concat(Days.Select(_ => 1.0)).ToArray();
        var forecast = actual.Select(a => a * 1.1).ToArray();

        // When
        var cells = PlanningLevel.Weekly(dates, groups, actual, forecast);

        // Then the partial first week is dropped and cells are ordered by week, then group
        Assert.Equal(4, cells.Count);
        Assert.Equal(["A", "B", "A", "B"], cells.Select(c => c.Group));
        Assert.Equal(new DateOnly(2024, 1, 8), cells[0].WeekStart);
        Assert.Equal(7, cells[0].Rows);
        Assert.Equal(14.0, cells[1].Actual, 12);
        Assert.Equal(1.4, cells[1].Error, 12);
        Assert.Equal(6, PlanningLevel.Weekly(dates, groups, actual, forecast, fullWeeksOnly: false).Count);
    }

    [Fact]
    public void Over_forecasts_cost_holding_and_under_forecasts_cost_the_lost_margin()
    {
        // Given one group with a week over-forecast by 10 units and one under-forecast by 4
        PlanningCell[] cells = [new(new DateOnly(2024, 1, 1), "Toys", 7, 100, 110), new(new DateOnly(2024, 1, 8), "Toys", 7, 100, 96)];
        var rates = new InventoryCostRates(HoldingPerUnit: 2, LostMarginPerUnit: 6);

        // When
        var line = Assert.Single(InventoryCost.ByGroup(cells, _ => rates));

        // Then
        Assert.Equal(10.0, line.OverUnits);
        Assert.Equal(4.0, line.UnderUnits);
        Assert.Equal(20.0, line.HoldingCost);
        Assert.Equal(24.0, line.LostMargin);
        Assert.Equal(22.0, line.CostPerWeek);
        Assert.Equal(0.75, rates.CriticalRatio);
    }
}
