namespace AmazonSalesRegression.Features.Formulas;

/// <summary>Levels and column names of categorical factors.</summary>
public sealed partial class DesignPlan
{
    private static string[] LearnLevels(Formula formula, FormulaNode node, FactorEvaluator evaluator)
    {
        var (inner, reference) =
            node is CallNode call && FactorEvaluator.FunctionName(call.Function) == "C"
                ? (Inner(formula, call), ReferenceOf(formula, call))
                : (node, null);
        var labels = evaluator.Labels(inner);
        var present = labels.Values.ToHashSet(StringComparer.Ordinal);
        var levels = labels.NaturalOrder is { } natural
            ? natural.Where(present.Contains).ToList()
            : present.Order(StringComparer.Ordinal).ToList();
        if (levels.Count < 2)
        {
            throw new FormulaException(
                formula.Text,
                node.Start,
                $"'{node.TextIn(formula.Text)}' has {(levels.Count == 0 ? "no levels" : $"a single level '{levels[0]}'")} in the data; a categorical factor needs at least two levels (R's lm stops here too): drop the term or check the rows"
            );
        }

        if (reference is not null)
        {
            if (!levels.Remove(reference.Value))
            {
                throw new FormulaException(
                    formula.Text,
                    reference.Start,
                    $"the reference level '{reference.Value}' does not occur; the levels are: {string.Join(", ", levels)}"
                );
            }

            levels.Insert(0, reference.Value);
        }

        return [.. levels];
    }

    private static FormulaNode Inner(Formula formula, CallNode call) =>
        call.Arguments.Count is 1 or 2
            ? call.Arguments[0]
            : throw new FormulaException(formula.Text, call.Start, "C(...) takes a column and optionally Treatment(\"reference level\")");

    private static StringNode? ReferenceOf(Formula formula, CallNode call)
    {
        var spec =
            call.Arguments.Count == 2
                ? call.Arguments[1]
                : call.Named.GetValueOrDefault("ref") ?? call.Named.GetValueOrDefault("reference");
        return spec switch
        {
            null => null,
            StringNode level => level,
            CallNode { Function: "Treatment", Arguments: [StringNode level], Named.Count: 0 } => level,
            CallNode { Function: "Treatment", Arguments.Count: 0 } treatment
                when treatment.Named.GetValueOrDefault("reference") is StringNode level => level,
            _ => throw new FormulaException(
                formula.Text,
                spec.Start,
                "the contrast must be Treatment(\"level\") or Treatment(reference=\"level\")"
            ),
        };
    }

    private static List<string> ColumnNamesOf(Formula formula, FormulaTerm term, List<FactorCoding> codings, TransformState state)
    {
        var names = new List<string> { string.Empty };
        for (var f = 0; f < term.Factors.Count; f++)
        {
            var factor = term.Factors[f];
            var parts = codings[f] switch
            {
                FactorCoding.Numeric => FactorEvaluator.BasisWidth(formula.FactorNodes[factor]) is var width && width > 1
                    ? Enumerable.Range(1, width).Select(k => $"{factor}{k}").ToList()
                    : [factor],
                FactorCoding.Treatment => state.Levels[factor].Skip(1).Select(l => $"{factor}[T.{l}]").ToList(),
                _ => state.Levels[factor].Select(l => $"{factor}[{l}]").ToList(),
            };

            // Earlier factors vary fastest, as in patsy and R.
            names = parts.SelectMany(part => names.Select(prefix => prefix.Length == 0 ? part : $"{prefix}:{part}")).ToList();
        }

        return names;
    }
}
