using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsAliasingTests
{
    [Fact]
    public void A_column_that_is_the_sum_of_two_earlier_columns_is_named_aliased()
    {
        // Given
        var (a, b, y) = (Sample.Uniform(40, 1), Sample.Uniform(40, 2), Sample.Uniform(40, 3));
        var sum = a.Zip(b, (u, v) => u + v).ToArray();

        // When
        var fit = Ols.Fit([a, b, sum], y, ["a", "b", "a_plus_b"]);

        // Then
        Assert.Equal(["a_plus_b"], fit.AliasedColumns);
        Assert.Equal(3, fit.Rank);
        Assert.Equal(40 - 3, fit.DegreesOfFreedomResidual);
        var aliased = fit.Coefficients[3];
        Assert.True(aliased.IsAliased);
        Assert.True(double.IsNaN(aliased.Estimate) && double.IsNaN(aliased.StandardError) && double.IsNaN(aliased.PValue));
        Assert.All(fit.Coefficients.Take(3), c => Assert.True(double.IsFinite(c.Estimate) && double.IsFinite(c.StandardError)));
    }

    [Fact]
    public void The_fit_without_the_aliased_column_has_the_same_estimates_and_standard_errors()
    {
        // Given
        var (a, b, y) = (Sample.Uniform(30, 4), Sample.Uniform(30, 5), Sample.Uniform(30, 6));
        var combination = a.Zip(b, (u, v) => 3 * u - v).ToArray();

        // When
        var withAlias = Ols.Fit([a, combination, b], y, ["a", "c", "b"]);
        var reduced = Ols.Fit([a, combination], y, ["a", "c"]);

        // Then: b is the last of the dependent trio, so it is the one dropped
        Assert.Equal(["b"], withAlias.AliasedColumns);
        for (var j = 0; j < 3; j++)
        {
            Tolerance.AssertDigits(reduced.Coefficients[j].Estimate, withAlias.Coefficients[j].Estimate, 12);
            Tolerance.AssertDigits(reduced.Coefficients[j].StandardError, withAlias.Coefficients[j].StandardError, 12);
        }

        Assert.Equal(reduced.FStatistic, withAlias.FStatistic, 1e-9);
    }

    [Theory]
    [InlineData(new[] { "list_price", "selling_price", "discount" }, "discount")]
    [InlineData(new[] { "discount", "list_price", "selling_price" }, "selling_price")]
    [InlineData(new[] { "selling_price", "discount", "list_price" }, "list_price")]
    public void Of_the_collinear_price_trio_the_last_column_is_aliased(string[] order, string expectedAliased)
    {
        // Given: selling = list − discount computed in double, so the dependence is exact only up to rounding
        var random = new Random(7);
        var list = Enumerable.Range(0, 200).Select(_ => Math.Round(5 + 995 * random.NextDouble(), 2)).ToArray();
        var discount = list.Select(p => Math.Round(p * 0.05 * random.Next(0, 7), 2)).ToArray();
        var selling = list.Zip(discount, (p, d) => p - d).ToArray();
        var columns = new Dictionary<string, double[]>
        {
            ["list_price"] = list,
            ["selling_price"] = selling,
            ["discount"] = discount,
        };
        var y = selling.Select(s => 3.0 + 0.02 * s + random.NextDouble()).ToArray();

        // When
        var fit = Ols.Fit(order.Select(n => columns[n]).ToArray(), y, order);

        // Then
        Assert.Equal([expectedAliased], fit.AliasedColumns);
        Assert.Equal(3, fit.Rank);
    }

    [Fact]
    public void An_all_zero_column_is_aliased_even_when_it_comes_first()
    {
        // Given
        var zero = new double[25];
        var x = Sample.Uniform(25, 8);
        var y = Sample.Uniform(25, 9);

        // When
        var fit = Ols.Fit([zero, x], y, ["zero", "x"], intercept: false);

        // Then
        Assert.Equal(["zero"], fit.AliasedColumns);
        Assert.Equal(1, fit.DegreesOfFreedomModel);
        Assert.True(double.IsFinite(fit.Coefficients[1].Estimate));
    }

    [Fact]
    public void A_constant_column_next_to_the_intercept_is_aliased_and_excluded_from_the_degrees_of_freedom()
    {
        // Given
        var constant = Enumerable.Repeat(2.5, 20).ToArray();
        var x = Sample.Uniform(20, 10);
        var y = Sample.Uniform(20, 11);

        // When
        var fit = Ols.Fit([constant, x], y, ["two_and_a_half", "x"]);

        // Then
        Assert.Equal(["two_and_a_half"], fit.AliasedColumns);
        Assert.Equal(1, fit.DegreesOfFreedomModel);
        Assert.Equal(18, fit.DegreesOfFreedomResidual);
        Assert.True(double.IsNaN(fit.GetCovarianceMatrix()[1, 1]));
    }
}
