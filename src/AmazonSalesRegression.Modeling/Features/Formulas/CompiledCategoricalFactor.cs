namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// A categorical formula factor (<c>C(sku)</c>, <c>category</c>, <c>dayofweek(date)</c>, <c>month(date)</c>) compiled to
/// a table from the raw input's code (a category's index in the feature's category list, or the weekday or month of a
/// date) to the factor's level index in coding order; −1 marks a value the model has no level for.
/// </summary>
internal sealed class CompiledCategoricalFactor
{
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private readonly int _slot;
    private readonly Source _source;
    private readonly int[] _levelOf;

    private CompiledCategoricalFactor(int slot, Source source, int[] levelOf, int levelCount)
    {
        _slot = slot;
        _source = source;
        _levelOf = levelOf;
        LevelCount = levelCount;
    }

    /// <summary>The input slot the factor reads, as a bit mask (bit i for input i).</summary>
    public ulong Inputs => 1UL << _slot;

    /// <summary>Number of levels of the factor.</summary>
    public int LevelCount { get; }

    /// <summary>Compiles the factor <paramref name="node"/> whose levels (in coding order) are <paramref name="levels"/>.</summary>
    public static CompiledCategoricalFactor Compile(
        string formula,
        FormulaNode node,
        string[] levels,
        Func<string, int> featureIndex,
        Func<int, IReadOnlyList<string>> categoriesOf
    )
    {
        var inner = node is CallNode { Function: var f } call && FactorEvaluator.FunctionName(f) == "C" ? call.Arguments[0] : node;
        switch (inner)
        {
            case NameNode name:
                var slot = featureIndex(name.Name);
                return new CompiledCategoricalFactor(slot, Source.Label, Map(categoriesOf(slot), levels), levels.Length);
            case CallNode date
                when FactorEvaluator.FunctionName(date.Function) is "dayofweek" or "month" && date.Arguments[0] is NameNode column:
                var weekday = FactorEvaluator.FunctionName(date.Function) == "dayofweek";
                return new CompiledCategoricalFactor(
                    featureIndex(column.Name),
                    weekday ? Source.Weekday : Source.Month,
                    Map(weekday ? Weekdays : Months, levels),
                    levels.Length
                );
            default:
                throw new NotSupportedException($"the factor '{node.TextIn(formula)}' cannot be scored by the production scorer.");
        }
    }

    /// <summary>The level index of this factor for one row of inputs, or −1 when the model has no such level.</summary>
    public int Level(ReadOnlySpan<double> inputs)
    {
        var value = inputs[_slot];
        var code = _source switch
        {
            Source.Label => (int)value,
            Source.Weekday => ((int)DateOnly.FromDayNumber((int)value).DayOfWeek + 6) % 7,
            _ => DateOnly.FromDayNumber((int)value).Month - 1,
        };
        return (uint)code < (uint)_levelOf.Length ? _levelOf[code] : -1;
    }

    private static int[] Map(IReadOnlyList<string> codes, string[] levels) => [.. codes.Select(c => Array.IndexOf(levels, c))];

    private enum Source
    {
        Label,
        Weekday,
        Month,
    }
}
