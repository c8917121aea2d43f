using System.Globalization;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// Evaluates formula expressions over tabular data, learning or reusing the state of stateful transforms. Each node
/// is evaluated once per evaluator (by reference) and each column read once (by name), so a plan fitted and applied
/// with one evaluator reads its columns and runs its transforms once; callers must not change the arrays they get back.
/// </summary>
internal sealed partial class FactorEvaluator(string formula, ITabularData data, TransformState state)
{
    private readonly Dictionary<FormulaNode, FactorValues> _evaluated = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, FactorValues> _columns = new(StringComparer.Ordinal);

    public FactorValues Evaluate(FormulaNode node)
    {
        if (!_evaluated.TryGetValue(node, out var values))
        {
            values = EvaluateOnce(node);
            _evaluated[node] = values;
        }

        return values;
    }

    private FactorValues EvaluateOnce(FormulaNode node) =>
        node switch
        {
            NameNode name => Column(name),
            NumberNode number => new NumericValues(Enumerable.Repeat(number.Value, data.RowCount).ToArray()),
            CallNode call => Call(call),
            UnaryNode { Operator: "-" } negate => Map(negate, Numeric(negate.Operand), v => -v),
            UnaryNode plus => Evaluate(plus.Operand),
            BinaryNode binary => Arithmetic(binary),
            _ => throw Error(node, "a quoted string cannot be used as a value here"),
        };

    public double[] Numeric(FormulaNode node) =>
        Evaluate(node) switch
        {
            NumericValues numbers => numbers.Values,
            BasisValues => throw Error(
                node,
                $"'{node.TextIn(formula)}' makes several columns; use it as a term of its own, not inside an expression"
            ),
            _ => throw Error(node, $"'{node.TextIn(formula)}' is categorical; arithmetic needs numbers"),
        };

    /// <summary>The columns of a numeric factor: one for an ordinary expression, several for a basis such as <c>poly(x, 3)</c>.</summary>
    public double[][] NumericColumns(FormulaNode node) => Evaluate(node) is BasisValues basis ? basis.Columns : [Numeric(node)];

    private FactorValues Column(NameNode name)
    {
        if (!_columns.TryGetValue(name.Name, out var values))
        {
            values = ReadColumn(name);
            _columns[name.Name] = values;
        }

        return values;
    }

    private FactorValues ReadColumn(NameNode name)
    {
        return data.KindOf(name.Name) switch
        {
            ColumnKind.Numeric => new NumericValues(data.Numeric(name.Name).ToArray()),
            ColumnKind.Text => new LabelValues(data.Text(name.Name).ToArray(), null),
            ColumnKind.Date => throw Error(
                name,
                $"'{name.Name}' is a date; use it through a date function such as month({name.Name}) or time({name.Name})"
            ),
            _ => throw Error(name, $"no column '{name.Name}' in {data.SourceName}; columns are: {string.Join(", ", data.ColumnNames)}"),
        };
    }

    private FactorValues Arithmetic(BinaryNode node)
    {
        var left = Numeric(node.Left);
        var right = Numeric(node.Right);
        Func<double, double, double> op = node.Operator switch
        {
            "+" => (a, b) => a + b,
            "-" => (a, b) => a - b,
            "*" => (a, b) => a * b,
            "/" => (a, b) => a / b,
            "^" or "**" => Math.Pow,
            _ => throw Error(node, $"'{node.Operator}' is not arithmetic; inside I(...) use + - * / **"),
        };
        var result = new double[left.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = op(left[i], right[i]);
        }

        return Checked(node, result, "is not a finite number");
    }

    private NumericValues Map(
        FormulaNode node,
        double[] input,
        Func<double, double> f,
        Func<double, bool>? domain = null,
        string? domainText = null
    )
    {
        if (domain is not null)
        {
            var bad = Enumerable.Range(0, input.Length).Where(i => !domain(input[i])).ToList();
            if (bad.Count > 0)
            {
                throw DataError(node, bad, input, domainText!);
            }
        }

        var result = new double[input.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = f(input[i]);
        }

        return Checked(node, result, "is not a finite number");
    }

    private NumericValues Checked(FormulaNode node, double[] values, string problem)
    {
        var bad = Enumerable.Range(0, values.Length).Where(i => !double.IsFinite(values[i])).ToList();
        return bad.Count == 0 ? new NumericValues(values) : throw DataError(node, bad, values, problem);
    }

    private DataFormatException DataError(FormulaNode node, List<int> rows, double[] values, string problem)
    {
        var first = rows[0];
        var where = data.LineOf(first) is { } line ? $"first at line {line}" : $"first at row {first + 1}";
        var value = values[first].ToString("R", CultureInfo.InvariantCulture);
        return new DataFormatException(
            data.SourceName,
            data.LineOf(first),
            null,
            node.TextIn(formula),
            $"{problem}: {rows.Count} of {values.Length} rows ({where}, value {value}). Filter those rows or transform differently; nothing is dropped silently."
        );
    }

    private FormulaException Error(FormulaNode node, string problem) => new(formula, node.Start, problem);

    private static string Label(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
