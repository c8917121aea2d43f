namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// Expands the right-hand side of a formula into terms, with the operators of Wilkinson &amp; Rogers (1973) as R and patsy use them:
/// <c>a + b</c> both; <c>a - b</c> without b; <c>a:b</c> the interaction; <c>a * b</c> = <c>a + b + a:b</c>; <c>a / b</c> = <c>a + a:b</c>;
/// <c>(a + b)^2</c> all interactions up to order 2; <c>0</c> or <c>- 1</c> removes the intercept, <c>1</c> keeps it.
/// </summary>
// References:
//   Wilkinson, G. N. & Rogers, C. E. (1973). Symbolic description of factorial models for analysis of variance. Applied Statistics 22(3), 392-399.
internal sealed class TermExpansion(string formula, Dictionary<string, FormulaNode> factors)
{
    /// <summary>
    /// The most terms a formula may expand to. Products grow exponentially (<c>a*b*…</c> over k columns gives 2^k − 1
    /// terms) and each term is compared with the others, so without a bound a short formula could run for minutes.
    /// </summary>
    internal const int MaxTerms = 1000;

    /// <summary>Terms in order of appearance, and whether the intercept was removed.</summary>
    internal sealed record Result(List<FormulaTerm> Terms, bool One, bool Zero, bool RemovesIntercept);

    public Result Expand(FormulaNode node) =>
        node switch
        {
            NumberNode { Value: 1 } => new([], One: true, Zero: false, RemovesIntercept: false),
            NumberNode { Value: 0 } => new([], One: false, Zero: true, RemovesIntercept: false),
            NumberNode n => throw Error(
                n,
                "a number in a formula can only be 1 (keep the intercept) or 0 (drop it); wrap arithmetic in I(...)"
            ),
            StringNode s => throw Error(s, "a quoted string is not a term; quote column names with backticks"),
            UnaryNode { Operator: "-", Operand: NumberNode { Value: 1 } } => new([], false, false, RemovesIntercept: true),
            UnaryNode { Operator: "+" } u => Expand(u.Operand),
            UnaryNode u => throw Error(u, "only '-1' can be negated in a formula"),
            BinaryNode b => Binary(b),
            _ => Single(node),
        };

    private Result Binary(BinaryNode node)
    {
        switch (node.Operator)
        {
            case "+":
            {
                var left = Expand(node.Left);
                var right = Expand(node.Right);
                return new(
                    Union(left.Terms, right.Terms),
                    left.One || right.One,
                    left.Zero || right.Zero,
                    left.RemovesIntercept || right.RemovesIntercept
                );
            }

            case "-":
            {
                var left = Expand(node.Left);
                var right = Expand(node.Right);
                var kept = left.Terms.Where(t => !right.Terms.Any(t.SameFactorsAs)).ToList();
                return new(kept, left.One, left.Zero, left.RemovesIntercept || right.One);
            }

            case ":":
                return Plain(Product(node, Expand(node.Left).Terms, Expand(node.Right).Terms));
            case "*":
            {
                var left = Expand(node.Left).Terms;
                var right = Expand(node.Right).Terms;
                return Plain(Union(Union(left, right), Product(node, left, right)));
            }

            case "/":
            {
                var left = Expand(node.Left).Terms;
                var all = new FormulaTerm(left.SelectMany(t => t.Factors).Distinct().ToList());
                return Plain(Union(left, Product(node, [all], Expand(node.Right).Terms)));
            }

            default:
                return Power(node);
        }
    }

    private Result Power(BinaryNode node)
    {
        if (node.Right is not NumberNode { Value: >= 1 and <= 10 } power || power.Value != Math.Floor(power.Value))
        {
            throw Error(
                node.Right,
                "the power of a term group must be a whole number from 1 to 10, e.g. (a + b)^2; for a squared column write I(x**2)"
            );
        }

        var terms = Expand(node.Left).Terms;
        var result = terms;
        for (var i = 1; i < (int)power.Value; i++)
        {
            result = Union(result, Product(node, result, terms));
        }

        return Plain(result);
    }

    private Result Single(FormulaNode node)
    {
        var key = node.TextIn(formula);
        factors.TryAdd(key, node);
        return Plain([new FormulaTerm([key])]);
    }

    private static Result Plain(List<FormulaTerm> terms) => new(terms, false, false, false);

    private static List<FormulaTerm> Union(List<FormulaTerm> left, List<FormulaTerm> right)
    {
        var result = new List<FormulaTerm>(left);
        result.AddRange(right.Where(t => !result.Any(t.SameFactorsAs)));
        return result;
    }

    // The interactions of every left term with every right term; more than MaxTerms of them (with the left and right
    // terms a '*' adds) is an error at the operator's expression.
    private List<FormulaTerm> Product(FormulaNode node, List<FormulaTerm> left, List<FormulaTerm> right)
    {
        var result = new List<FormulaTerm>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var term = new FormulaTerm(a.Factors.Concat(b.Factors.Where(f => !a.Factors.Contains(f))).ToList());
                if (!result.Any(term.SameFactorsAs))
                {
                    result.Add(term);
                }
            }

            if (result.Count + left.Count + right.Count > MaxTerms)
            {
                throw Error(node, $"the formula expands to more than {MaxTerms} terms; interact fewer columns");
            }
        }

        return result;
    }

    private FormulaException Error(FormulaNode node, string problem) => new(formula, node.Start, problem);
}
