using AmazonSalesRegression.Features.Formulas;

namespace AmazonSalesRegression.Modeling.Tests.Features;

public sealed class FormulaParsingTests
{
    [Theory]
    [InlineData("y ~ a + b", "a|b", true)]
    [InlineData("y ~ a * b", "a|b|a:b", true)]
    [InlineData("y ~ a:b + a", "a:b|a", true)]
    [InlineData("y ~ (a + b + c)^2 - a:c", "a|b|c|a:b|b:c", true)]
    [InlineData("y ~ a / b", "a|a:b", true)]
    [InlineData("y ~ a + b - 1", "a|b", false)]
    [InlineData("y ~ 0 + a", "a", false)]
    [InlineData("y ~ a + a + b:a + a:b", "a|b:a", true)]
    public void Operators_expand_into_the_terms_R_and_patsy_give(string text, string terms, bool intercept)
    {
        // Given a formula
        // When it is parsed
        var formula = Formula.Parse(text);

        // Then the terms and the intercept are as in R and patsy
        Assert.Equal(terms, string.Join("|", formula.Terms.Select(t => t.Name)));
        Assert.Equal(intercept, formula.HasIntercept);
    }

    [Fact]
    public void Response_is_kept_as_written()
    {
        // Given a formula with a transformed response
        // When it is parsed
        var formula = Formula.Parse("log(units_sold) ~ log(selling_price)");

        // Then the response text is available for labels
        Assert.Equal("log(units_sold)", formula.Response);
    }

    [Theory]
    [InlineData("y ~ log(x", "expected ')' to close log(", 9)]
    [InlineData("y ~ x $ z", "unexpected character '$'", 6)]
    [InlineData("y x", "expected '~'", 2)]
    [InlineData("y ~ x + 3", "can only be 1", 8)]
    [InlineData("y ~ x +", "ends where a term was expected", 7)]
    [InlineData("y ~ `odd name", "never closed", 4)]
    [InlineData("y ~ (a + b)^x", "whole number", 12)]
    [InlineData("y ~ 0", "no terms and no intercept", 4)]
    public void Malformed_formulas_are_rejected_with_the_position_of_the_problem(string text, string problem, int column)
    {
        // Given a malformed formula
        // When it is parsed
        var error = Assert.Throws<FormulaException>(() => Formula.Parse(text));

        // Then the message says what is wrong and points at it
        Assert.Contains(problem, error.Message);
        Assert.Equal(column, error.Position);
        Assert.Contains(text, error.Message);
    }
}
