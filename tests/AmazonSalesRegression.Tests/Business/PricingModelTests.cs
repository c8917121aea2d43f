using AmazonSalesRegression.Business;

namespace AmazonSalesRegression.Tests.Business;

public sealed class PricingModelTests
{
    [Fact]
    public void Profit_maximizing_price_is_the_grossed_up_cost_times_e_over_one_plus_e()
    {
        // Given: e = -1.8, cost $20, fee 8 %
        var model = new PricingModel(-1.8, ReferencePrice: 50, ReferenceUnits: 10, UnitCost: 20, FeeRate: 0.08);

        // When
        var price = model.ProfitMaximizingPrice();

        // Then
        Assert.Equal(20 / 0.92 * 1.8 / 0.8, price, 12);
    }

    [Fact]
    public void No_price_on_a_fine_grid_earns_more_profit_than_the_optimum()
    {
        // Given
        var model = new PricingModel(-1.3, ReferencePrice: 30, ReferenceUnits: 25, UnitCost: 9, FeeRate: 0.15);
        var optimum = model.ProfitMaximizingPrice();

        // When
        var grid = model.Curve(Enumerable.Range(1, 4000).Select(i => i * 0.05));

        // Then
        Assert.True(grid.All(p => p.Profit <= model.Profit(optimum) + 1e-9));
        var bestOnGrid = grid.MaxBy(p => p.Profit)!;
        Assert.True(Math.Abs(bestOnGrid.Price - optimum) < 0.05);
    }

    [Fact]
    public void Inelastic_demand_has_no_finite_profit_maximizing_price()
    {
        // Given
        var model = new PricingModel(-0.7, ReferencePrice: 15, ReferenceUnits: 30, UnitCost: 5, FeeRate: 0.15);

        // When
        var error = Assert.Throws<InvalidOperationException>(() => model.ProfitMaximizingPrice());

        // Then
        Assert.Contains("-0.7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revenue_falls_with_price_when_demand_is_elastic_so_its_maximum_is_the_lowest_price()
    {
        // Given
        var elastic = new PricingModel(-1.5, 20, 10, 5, 0.15);
        var inelastic = elastic with { Elasticity = -0.7 };

        // When
        var elasticBest = elastic.RevenueMaximizingPrice(15, 25);
        var inelasticBest = inelastic.RevenueMaximizingPrice(15, 25);

        // Then
        Assert.Equal(15, elasticBest);
        Assert.Equal(25, inelasticBest);
        Assert.True(elastic.Revenue(15) > elastic.Revenue(20) && elastic.Revenue(20) > elastic.Revenue(25));
        Assert.True(inelastic.Revenue(15) < inelastic.Revenue(25));
    }

    [Fact]
    public void Units_at_the_reference_price_are_the_reference_units()
    {
        // Given
        var model = new PricingModel(-1.2, 40, 12, 10, 0.15);

        // When
        var units = model.Units(40);
        var tenPercentDearer = model.Units(44);

        // Then: a 10 % higher price sells 1.1^-1.2 as many units
        Assert.Equal(12, units, 12);
        Assert.Equal(12 * Math.Pow(1.1, -1.2), tenPercentDearer, 12);
    }
}
