using FsCheck;
using FsCheck.Fluent;

namespace AmazonSalesRegression.Modeling.Tests.Features.Properties;

/// <summary>Generators of formula text: random token streams, random expression trees, and deep nesting.</summary>
internal static class FormulaGen
{
    private static readonly string[] Columns = ["units", "price", "category", "date", "y", "missing", "`units`", "`odd name`"];

    private static readonly string[] Functions =
    [
        "log",
        "log2",
        "log10",
        "log1p",
        "exp",
        "sqrt",
        "abs",
        "np.log",
        "numpy.exp",
        "C",
        "I",
        "poly",
        "center",
        "standardize",
        "dayofweek",
        "month",
        "year",
        "dayofyear",
        "time",
        "Treatment",
        "unknown",
    ];

    private static readonly string[] Operators = ["~", "+", "-", "*", "/", ":", "^", "**", ",", "(", ")", "=", "."];

    private static readonly string[] Numbers =
    [
        "0",
        "1",
        "2",
        "3",
        "10",
        "-1",
        "0.5",
        ".5",
        "1e999",
        "1e-999",
        "1.2.3",
        "3e",
        "1e+",
        "99999999999",
    ];

    private static readonly string[] Garbage =
    [
        "#",
        "$",
        "@",
        "{",
        "}",
        "[",
        "]",
        "!",
        "é",
        "\0",
        "\t",
        "`",
        "\"",
        "'",
        "\"Books\"",
        "'x'",
        "\u2212",
        "\uD800",
    ];

    /// <summary>A random token.</summary>
    public static Gen<string> Token =>
        Gen.Frequency(
            (4, Gen.Elements(Columns)),
            (3, Gen.Elements(Functions)),
            (6, Gen.Elements(Operators)),
            (2, Gen.Elements(Numbers)),
            (1, Gen.Elements(Garbage))
        );

    /// <summary>Formulas that parse, to mutate.</summary>
    private static readonly string[] Valid =
    [
        "log(units) ~ log(price) + C(category) + dayofweek(date)",
        "units ~ poly(price, 2) + C(category, Treatment(\"Toys\")) * price",
        "y ~ (price + units + `odd name`)^2 - 1",
        "~ I(price ** 2 / units) + standardize(price):category + time(date) + month(date)",
        "np.log(units) ~ 0 + price / category + center(units)",
    ];

    /// <summary>Up to about 60 random tokens, joined with or without spaces.</summary>
    public static Gen<string> RandomTokens =>
        from tokens in Token.ListOf().Resize(60)
        from separator in Gen.Elements("", " ", "  ")
        select string.Join(separator, tokens);

    /// <summary>A valid formula with a few random tokens inserted, replaced or deleted (by position in the text).</summary>
    public static Gen<string> MutatedFormula =>
        from formula in Gen.Elements(Valid)
        from edits in (
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, 1000)
            from token in Token
            select (kind, position, token)
        )
            .ListOf()
            .Resize(4)
        select edits.Aggregate(
            formula,
            (text, edit) =>
            {
                var at = edit.position % (text.Length + 1);
                var length = Math.Min(edit.token.Length, text.Length - at);
                return edit.kind switch
                {
                    0 => text.Insert(at, edit.token),
                    1 => text.Remove(at, length).Insert(at, edit.token),
                    _ => text.Remove(at, Math.Min(1 + (edit.position % 5), text.Length - at)),
                };
            }
        );

    /// <summary>Random token streams and mutated valid formulas.</summary>
    public static Gen<string> TokenStream => Gen.OneOf(RandomTokens, MutatedFormula);

    /// <summary>A syntactically plausible right-hand side: columns, numbers and calls combined by formula operators, depth ≤ 4.</summary>
    public static Gen<string> Expression(int depth) =>
        depth == 0
            ? Gen.OneOf(Gen.Elements(Columns), Gen.Elements("0", "1", "-1", "2"))
            : Gen.Frequency(
                (2, Expression(0)),
                (
                    3,
                    from left in Expression(depth - 1)
                    from op in Gen.Elements("+", "-", "*", "/", ":", "^", "**")
                    from right in Expression(depth - 1)
                    select $"{left} {op} {right}"
                ),
                (3, from function in Gen.Elements(Functions) from arg in Expression(depth - 1) select $"{function}({arg})"),
                (
                    1,
                    from function in Gen.Elements(Functions)
                    from args in Expression(depth - 1).ListOf().Resize(3)
                    from named in Gen.Elements("", ", 2", ", degree=2", ", Treatment(\"Books\")", ", degree=1e9", ", x=1, x=2")
                    select $"{function}({string.Join(", ", args)}{named})"
                ),
                (1, Expression(depth - 1).Select(inner => $"({inner})"))
            );

    /// <summary>A formula <c>response ~ terms</c> (sometimes one-sided) from <see cref="Expression"/>.</summary>
    public static Gen<string> Formula =>
        from response in Gen.OneOf(Gen.Constant(""), Expression(1))
        from terms in Expression(4)
        select $"{response} ~ {terms}";

    /// <summary>Deep nesting: an opener repeated up to 20,000 times around a column, closed or not.</summary>
    public static Gen<string> DeepNesting =>
        from opener in Gen.Elements("(", "log(", "I(", "-", "+", "C(", "x^", "x**", "(x+")
        from depth in Gen.OneOf(Gen.Choose(1, 300), Gen.Choose(1, 20_000))
        from closed in Gen.Elements(true, false)
        select "y ~ "
            + string.Concat(Enumerable.Repeat(opener, depth))
            + "x"
            + (closed ? new string(')', opener.Count(c => c == '(') * depth) : "");

    /// <summary>Formulas whose terms multiply out: products and powers of up to 20 columns.</summary>
    public static Gen<string> Explosive =>
        from count in Gen.Choose(1, 20)
        from shape in Gen.Choose(0, 2)
        select "y ~ "
            + shape switch
            {
                0 => string.Join(" * ", Enumerable.Range(0, count).Select(i => $"x{i}")),
                1 => "(" + string.Join(" + ", Enumerable.Range(0, count).Select(i => $"x{i}")) + ")^10",
                _ => "("
                    + string.Join(" + ", Enumerable.Range(0, count).Select(i => $"x{i}"))
                    + ") : ("
                    + string.Join(" * ", Enumerable.Range(0, count / 2).Select(i => $"z{i}"))
                    + ")",
            };
}
