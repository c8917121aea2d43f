namespace AmazonSalesRegression.Features.Formulas;

/// <summary>The raw columns the right-hand side of a formula reads, in order of first appearance.</summary>
public static class FormulaInputs
{
    /// <summary>The input column names of <paramref name="formula"/>'s right-hand side, each once, in order of first appearance.</summary>
    /// <param name="formula">A parsed formula.</param>
    public static IReadOnlyList<string> Of(Formula formula)
    {
        var names = new List<(int Start, string Name)>();
        foreach (var node in formula.FactorNodes.Values)
        {
            Collect(node, names);
        }

        return [.. names.OrderBy(n => n.Start).Select(n => n.Name).Distinct(StringComparer.Ordinal)];
    }

    private static void Collect(FormulaNode node, List<(int, string)> names)
    {
        switch (node)
        {
            case NameNode name:
                names.Add((name.Start, name.Name));
                break;
            case CallNode call:
                foreach (var argument in call.Arguments.Concat(call.Named.Values))
                {
                    Collect(argument, names);
                }

                break;
            case BinaryNode binary:
                Collect(binary.Left, names);
                Collect(binary.Right, names);
                break;
            case UnaryNode unary:
                Collect(unary.Operand, names);
                break;
        }
    }
}
