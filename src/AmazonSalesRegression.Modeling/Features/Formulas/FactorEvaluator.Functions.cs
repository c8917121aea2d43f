using System.Globalization;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>The functions a formula can call.</summary>
internal sealed partial class FactorEvaluator
{
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];

    /// <summary>Strips numpy's prefixes so that statsmodels formulas work unchanged (<c>np.log</c> is <c>log</c>).</summary>
    public static string FunctionName(string name) =>
        name.StartsWith("np.", StringComparison.Ordinal) ? name[3..]
        : name.StartsWith("numpy.", StringComparison.Ordinal) ? name[6..]
        : name;

    private FactorValues Call(CallNode call)
    {
        var name = FunctionName(call.Function);
        return name switch
        {
            "I" => new NumericValues(Numeric(One(call))),
            "C" => throw Error(call, "C(...) marks a whole factor; it cannot be nested inside an expression"),
            "log" => Map(call, Numeric(One(call)), Math.Log, v => v > 0, "log needs values > 0"),
            "log2" => Map(call, Numeric(One(call)), Math.Log2, v => v > 0, "log2 needs values > 0"),
            "log10" => Map(call, Numeric(One(call)), Math.Log10, v => v > 0, "log10 needs values > 0"),
            "log1p" => Map(call, Numeric(One(call)), v => Math.Log(1 + v), v => v > -1, "log1p needs values > -1"),
            "exp" => Map(call, Numeric(One(call)), Math.Exp),
            "sqrt" => Map(call, Numeric(One(call)), Math.Sqrt, v => v >= 0, "sqrt needs values >= 0"),
            "abs" => Map(call, Numeric(One(call)), Math.Abs),
            "center" => Center(call, scale: false),
            "standardize" or "scale" => Center(call, scale: true),
            "dayofweek" => new LabelValues(Dates(call).Select(d => Weekdays[((int)d.DayOfWeek + 6) % 7]).ToArray(), Weekdays),
            "month" => new LabelValues(Dates(call).Select(d => Months[d.Month - 1]).ToArray(), Months),
            "year" => new NumericValues(Dates(call).Select(d => (double)d.Year).ToArray()),
            "dayofyear" => new NumericValues(Dates(call).Select(d => (double)d.DayOfYear).ToArray()),
            "time" => Time(call),
            "poly" => Polynomial(call),
            _ => throw Error(
                call,
                $"unknown function '{call.Function}'; available: I, C, log, log2, log10, log1p, exp, sqrt, abs, center, standardize, poly, dayofweek, month, year, dayofyear, time"
            ),
        };
    }

    /// <summary>Evaluates the inside of <c>C(x, …)</c> as labels, numbers becoming their invariant text in numeric order.</summary>
    public LabelValues Labels(FormulaNode node) =>
        Evaluate(node) switch
        {
            LabelValues labels => labels,
            NumericValues numbers => new LabelValues(
                numbers.Values.Select(Label).ToArray(),
                numbers.Values.Distinct().Order().Select(Label).ToArray()
            ),
            _ => throw Error(node, "expected a factor"),
        };

    private FormulaNode One(CallNode call) =>
        call.Arguments.Count == 1 && call.Named.Count == 0
            ? call.Arguments[0]
            : throw Error(call, $"{call.Function}(...) takes exactly one argument");

    private NumericValues Center(CallNode call, bool scale)
    {
        var values = Numeric(One(call));
        var parameters = Parameters(
            call,
            2,
            () =>
            {
                var mean = values.Average();
                // Population standard deviation (ddof = 0), as patsy's standardize.
                var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length));
                return [mean, sd];
            }
        );
        if (scale && parameters[1] == 0)
        {
            throw Error(call, "standardize(...) of a constant column divides by a zero standard deviation");
        }

        return Map(call, values, v => scale ? (v - parameters[0]) / parameters[1] : v - parameters[0]);
    }

    private NumericValues Time(CallNode call)
    {
        var dates = Dates(call);
        var origin = Parameters(call, 1, () => [dates.Length == 0 ? 0 : dates.Min().DayNumber])[0];
        return new NumericValues(dates.Select(d => (d.DayNumber - origin) / 365.25).ToArray());
    }

    /// <summary>
    /// The parameters of a stateful transform, learned now or given by a saved state; a saved state with the wrong number
    /// of them (a damaged model file) is a formula error at the call rather than an index error later.
    /// </summary>
    private double[] Parameters(CallNode call, int count, Func<double[]> learn)
    {
        var parameters = state.NumbersFor(call.TextIn(formula), learn);
        return parameters.Length == count
            ? parameters
            : throw Error(call, $"the saved state of {call.TextIn(formula)} has {parameters.Length} parameters; expected {count}");
    }

    private DateOnly[] Dates(CallNode call)
    {
        var argument = One(call);
        return argument is NameNode name && data.KindOf(name.Name) == ColumnKind.Date
            ? data.Dates(name.Name).ToArray()
            : throw Error(argument, $"{call.Function}(...) needs a date column");
    }
}
