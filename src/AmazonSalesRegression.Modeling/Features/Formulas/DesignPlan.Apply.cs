using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>Building design matrices from a plan.</summary>
public sealed partial class DesignPlan
{
    /// <summary>
    /// Builds the design columns (and, unless <paramref name="requireResponse"/> is <see langword="false"/>, the
    /// response) for <paramref name="data"/> with the levels and parameters learned in training.
    /// </summary>
    /// <param name="data">Training or new data with the columns the formula uses.</param>
    /// <param name="requireResponse">
    /// Whether to build the response, which must then be present and transformable. Predictions pass
    /// <see langword="false"/>: the response is not read at all, so rows whose response is missing or has no
    /// transform (a stock-out day with 0 units under <c>log(units_sold)</c>) predict like any other.
    /// </param>
    /// <exception cref="DataFormatException">A value cannot be transformed (e.g. log of 0) or is a level training never saw; the message names the row's line.</exception>
    public ModelMatrix Apply(ITabularData data, bool requireResponse = true) =>
        Apply(data, requireResponse, new FactorEvaluator(Formula.Text, data, State));

    /// <summary>Builds the design with <paramref name="evaluator"/>, which must evaluate the same data with this plan's state.</summary>
    internal ModelMatrix Apply(ITabularData data, bool requireResponse, FactorEvaluator evaluator)
    {
        var values = Formula.FactorNodes.ToDictionary(f => f.Key, f => Evaluate(evaluator, f.Key, f.Value, data), StringComparer.Ordinal);
        var columns = new List<double[]>(ColumnNames.Count);
        foreach (var term in Terms)
        {
            var block = new List<double[]> { Enumerable.Repeat(1.0, data.RowCount).ToArray() };
            foreach (var (factor, coding) in term.Factors)
            {
                block =
                    coding == FactorCoding.Numeric
                        ? ((double[][])values[factor]).SelectMany(column => block.Select(c => Multiply(c, column))).ToList()
                        : Indicators((int[])values[factor], State.Levels[factor].Length, coding)
                            .SelectMany(indicator => block.Select(c => Multiply(c, indicator)))
                            .ToList();
            }

            columns.AddRange(block);
        }

        var response = requireResponse && Formula.ResponseNode is { } node ? evaluator.Numeric(node) : null;
        return new ModelMatrix(this, data.RowCount, columns, response);
    }

    private object Evaluate(FactorEvaluator evaluator, string key, FormulaNode node, ITabularData data)
    {
        if (!State.Levels.TryGetValue(key, out var levels))
        {
            return evaluator.NumericColumns(node);
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
}
