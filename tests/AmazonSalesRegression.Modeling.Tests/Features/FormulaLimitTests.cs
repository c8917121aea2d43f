using System.Diagnostics;
using AmazonSalesRegression.Features.Formulas;

namespace AmazonSalesRegression.Modeling.Tests.Features;

/// <summary>Regressions found by the formula properties: excessive nesting and term explosions are formula errors, not crashes or hangs.</summary>
public sealed class FormulaLimitTests
{
    [Theory]
    [InlineData("(")]
    [InlineData("log(")]
    [InlineData("-")]
    [InlineData("x^")]
    public void Nesting_ten_thousand_levels_deep_is_a_formula_error_not_a_stack_overflow(string opener)
    {
        // Given a formula nested 10,000 levels deep (it used to overflow the stack and kill the process)
        var text = "y ~ " + string.Concat(Enumerable.Repeat(opener, 10_000)) + "x" + new string(')', opener.Count(c => c == '(') * 10_000);

        // When it is parsed
        var error = Assert.Throws<FormulaException>(() => Formula.Parse(text));

        // Then the error points inside the formula at the level that is too deep
        Assert.Contains("nests more than 100 levels", error.Problem);
        Assert.InRange(error.Position, 4, text.Length);
    }

    [Fact]
    public void Nesting_a_hundred_levels_deep_still_parses()
    {
        // Given a formula nested as deep as allowed
        var text = "y ~ " + new string('(', 99) + "x" + new string(')', 99);

        // When it is parsed / Then it has the one term
        Assert.Single(Formula.Parse(text).Terms);
    }

    [Fact]
    public void A_product_of_sixteen_columns_is_rejected_at_once_instead_of_expanding_for_minutes()
    {
        // Given a*b*… over 16 columns, which expands to 65,535 terms (it used to take more than a minute)
        var text = "y ~ " + string.Join(" * ", Enumerable.Range(0, 16).Select(i => $"x{i}"));
        var clock = Stopwatch.StartNew();

        // When it is parsed
        var error = Assert.Throws<FormulaException>(() => Formula.Parse(text));

        // Then it fails quickly, saying why
        Assert.Contains("more than 1000 terms", error.Problem);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_product_of_nine_columns_still_expands()
    {
        // Given a*b*… over 9 columns: 511 terms
        var text = "y ~ " + string.Join(" * ", Enumerable.Range(0, 9).Select(i => $"x{i}"));

        // When it is parsed / Then every interaction is a term
        Assert.Equal(511, Formula.Parse(text).Terms.Count);
    }
}
