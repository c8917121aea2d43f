using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Features;

public sealed class FormulaVariablesTests
{
    [Fact]
    public void Variables_are_the_columns_the_formula_reads_response_first()
    {
        // Given a formula with transforms, a factor with a reference level and an interaction
        var formula = Formula.Parse("log(units) ~ np.log(price) + C(region, Treatment(\"north\")) + price:promo + I(ads / 2)");

        // When its variables are listed
        // Then each column appears once, in order, and only region is marked categorical
        Assert.Equal(["units", "price", "region", "promo", "ads"], formula.Variables);
        Assert.Equal(["region"], formula.CategoricalVariables);
    }

    [Fact]
    public void A_factor_with_a_single_level_is_a_formula_error_as_in_r()
    {
        // Given a region with one level
        var data = new TabularData("d.csv", 4).Add("y", [1.0, 2, 4, 3]).Add("x", [1.0, 3, 2, 5]).Add("region", ["a", "a", "a", "a"]);

        // When it is fitted as a factor
        var error = Assert.Throws<FormulaException>(() => Ols.Fit("y ~ x + C(region)", data));

        // Then the error points at the factor and names the level
        Assert.Contains("'C(region)' has a single level 'a'", error.Problem);
        Assert.Equal("y ~ x + ".Length, error.Position);
    }
}
