using AmazonSalesRegression.Data;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>Building design matrices from a plan.</summary>
public sealed partial class DesignPlan
{
    /// <summary>
    /// Builds the design columns (and the response, when the data has what it needs) for <paramref name="data"/>
    /// with the levels and parameters learned in training.
    /// </summary>
    /// <param name="data">Training or new data with the columns the formula uses.</param>
    /// <param name="requireResponse">Whether a missing response is an error; a served model predicts without it.</param>
    /// <exception cref="DataFormatException">A value cannot be transformed (e.g. log of 0) or is a level training never saw; the message names the row's line.</exception>
    public ModelMatrix Apply(ITabularData data, bool requireResponse = true)
    {
        var evaluator = new FactorEvaluator(Formula.Text, data, State);
        var values = Formula.FactorNodes.ToDictionary(f => f.Key, f => Evaluate(evaluator, f.Key, f.Value, data), StringComparer.Ordinal);
        var columns = new List<double[]>(ColumnNames.Count);
        foreach (var term in Terms)
        {
            var block = new List<double[]> { Enumerable.Repeat(1.0, data.RowCount).ToArray() };
            foreach (var (factor, coding) in term.Factors)
            {
                block =
                    coding == FactorCoding.Numeric
                        ? block.Select(c => Multiply(c, (double[])values[factor])).ToList()
                        : Indicators((int[])values[factor], State.Levels[factor].Length, coding)
                            .SelectMany(indicator => block.Select(c => Multiply(c, indicator)))
                            .ToList();
            }

            columns.AddRange(block);
        }

        var response = Formula.ResponseNode is { } node && (requireResponse || HasColumns(data, node)) ? evaluator.Numeric(node) : null;
        return new ModelMatrix(this, data.RowCount, columns, response);
    }

    private object Evaluate(FactorEvaluator evaluator, string key, FormulaNode node, ITabularData data)
    {
        if (!State.Levels.TryGetValue(key, out var levels))
        {
            return evaluator.Numeric(node);
        }

        var inner = node is CallNode call && FactorEvaluator.FunctionName(call.Function) == "C" ? call.Arguments[0] : node;
        var labels = evaluator.Labels(inner).Values;
        var index = levels.Select((level, i) => (level, i)).ToDictionary(p => p.level, p => p.i, StringComparer.Ordinal);
        var codes = new int[labels.Length];
        for (var row = 0; row < labels.Length; row++)
        {
            if (!index.TryGetValue(labels[row], out codes[row]))
            {
                throw new DataFormatException(
                    data.SourceName,
                    data.LineOf(row),
                    null,
                    key,
                    $"unknown level '{labels[row]}'; the model knows: {string.Join(", ", levels)}"
                );
            }
        }

        return codes;
    }

    private static IEnumerable<double[]> Indicators(int[] codes, int levelCount, FactorCoding coding)
    {
        for (var level = coding == FactorCoding.Treatment ? 1 : 0; level < levelCount; level++)
        {
            var indicator = new double[codes.Length];
            for (var row = 0; row < codes.Length; row++)
            {
                indicator[row] = codes[row] == level ? 1.0 : 0.0;
            }

            yield return indicator;
        }
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = a[i] * b[i];
        }

        return result;
    }

    private static bool HasColumns(ITabularData data, FormulaNode node) =>
        node switch
        {
            NameNode name => data.KindOf(name.Name) is not null,
            CallNode call => call.Arguments.All(a => HasColumns(data, a)),
            BinaryNode binary => HasColumns(data, binary.Left) && HasColumns(data, binary.Right),
            UnaryNode unary => HasColumns(data, unary.Operand),
            _ => true,
        };
}
