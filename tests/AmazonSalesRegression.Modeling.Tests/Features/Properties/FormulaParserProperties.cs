using System.Diagnostics;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Modeling.Tests.Features.Properties;

/// <summary>
/// Whatever the formula text, parsing it and building a design from it either succeed or throw a
/// <see cref="FormulaException"/> pointing inside the formula (building may also reject the data with a
/// <see cref="DataFormatException"/>, e.g. the log of a zero).
/// </summary>
public sealed class FormulaParserProperties
{
    private static readonly TabularData Data = new TabularData("small.csv", 6)
        .Add("units", [3.0, 1, 5, 2, 8, 4])
        .Add("price", [9.5, 12, 7.25, 10, 11, 8])
        .Add("y", [0.0, -1, 2, 0, 3, -2])
        .Add("category", ["Books", "Toys", "Books", "Garden", "Toys", "Books"])
        .Add("odd name", [1.0, 2, 3, 4, 5, 6])
        .Add("date", [new DateOnly(2024, 1, 1), new(2024, 2, 3), new(2024, 3, 5), new(2024, 4, 7), new(2024, 5, 9), new(2024, 6, 11)]);

    [Property(MaxTest = 500, Replay = "(2147483647,2147483629)")]
    public Property Random_token_streams_give_only_positioned_formula_errors() =>
        Prop.ForAll(
            FormulaGen.TokenStream.ToArbitrary(),
            text =>
            {
                // Given any sequence of tokens / When it is parsed / Then only a positioned FormulaException escapes
                ParsesOrFailsPositioned(text, () => Formula.Parse(text));
            }
        );

    [Property(MaxTest = 400, Replay = "(2147483587,2147483579)")]
    public Property Random_formulas_build_a_design_or_give_only_formula_or_data_errors() =>
        Prop.ForAll(
            FormulaGen.Formula.ToArbitrary(),
            text =>
            {
                // Given a plausible formula over a small table / When its design is built
                // Then it succeeds, or a positioned FormulaException or a located DataFormatException escapes
                try
                {
                    ParsesOrFailsPositioned(text, () => ModelMatrix.Build(text, Data));
                }
                catch (Xunit.Sdk.XunitException) when (DataErrorOf(text) is { Line: not null })
                {
                    // A data problem (e.g. the log of a zero) located in the table is an expected outcome.
                }
            }
        );

    [Property(MaxTest = 60, Replay = "(2147483563,2147483549)")]
    public Property Deep_nesting_gives_a_formula_error_not_a_stack_overflow() =>
        Prop.ForAll(
            FormulaGen.DeepNesting.ToArbitrary(),
            text =>
            {
                // Given a formula nested thousands of levels deep / When it is parsed and built
                // Then only a positioned FormulaException (or a data error) escapes, never a stack overflow
                ParsesOrFailsPositioned(text, () => Formula.Parse(text));
            }
        );

    [Property(MaxTest = 40, Replay = "(2147483523,2147483497)")]
    public Property Term_explosions_are_rejected_within_seconds() =>
        Prop.ForAll(
            FormulaGen.Explosive.ToArbitrary(),
            text =>
            {
                // Given products and powers of up to 20 columns
                var clock = Stopwatch.StartNew();

                // When it is parsed
                ParsesOrFailsPositioned(text, () => Formula.Parse(text));

                // Then it is expanded or rejected quickly (a generous bound: the unbounded expansion took minutes)
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{text} took {clock.Elapsed}");
            }
        );

    private static DataFormatException? DataErrorOf(string text)
    {
        try
        {
            ModelMatrix.Build(text, Data);
            return null;
        }
        catch (DataFormatException e)
        {
            return e;
        }
        catch (FormulaException)
        {
            return null;
        }
    }

    private static void ParsesOrFailsPositioned(string text, Func<object> parse) =>
        OnlyExpected.Throws<FormulaException>(
            () => _ = parse(),
            e => e.Formula == text && e.Position >= 0 && e.Position <= text.Length && e.Problem.Length > 0
        );
}
