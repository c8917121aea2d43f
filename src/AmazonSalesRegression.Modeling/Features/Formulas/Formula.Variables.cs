namespace AmazonSalesRegression.Features.Formulas;

/// <summary>The data columns a formula reads.</summary>
public sealed partial class Formula
{
    /// <summary>
    /// The names of the data columns the formula reads, response first, each once, in order of appearance
    /// (e.g. <c>units, price, region</c> for <c>log(units) ~ price + C(region)</c>). A caller that drops rows with
    /// missing values drops them on these columns.
    /// </summary>
    public IReadOnlyList<string> Variables => [.. Names().Select(n => n.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The columns the formula marks as categorical with <c>C(column)</c>, e.g. <c>region</c> for
    /// <c>y ~ C(region)</c>; a column used both ways appears here and in <see cref="Variables"/>.
    /// </summary>
    public IReadOnlyList<string> CategoricalVariables =>
        [.. Names().Where(n => n.Categorical).Select(n => n.Name).Distinct(StringComparer.Ordinal)];

    private IEnumerable<(string Name, bool Categorical)> Names()
    {
        IEnumerable<FormulaNode> roots = ResponseNode is null ? FactorNodes.Values : [ResponseNode, .. FactorNodes.Values];
        return roots.SelectMany(root => Walk(root, categorical: false));
    }

    private static IEnumerable<(string Name, bool Categorical)> Walk(FormulaNode node, bool categorical) =>
        node switch
        {
            NameNode name => [(name.Name, categorical)],
            CallNode call => call
                .Arguments.Select((argument, i) => (argument, inC: i == 0 && FactorEvaluator.FunctionName(call.Function) == "C"))
                .Concat(call.Named.Values.Select(argument => (argument, inC: false)))
                .SelectMany(a => Walk(a.argument, a.inC)),
            BinaryNode binary => Walk(binary.Left, false).Concat(Walk(binary.Right, false)),
            UnaryNode unary => Walk(unary.Operand, false),
            _ => [],
        };
}
