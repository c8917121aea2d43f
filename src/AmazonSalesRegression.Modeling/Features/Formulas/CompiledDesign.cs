namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// A <see cref="DesignPlan"/> compiled for scoring one row at a time: each numeric factor is a <see cref="CompiledNumericFactor"/>,
/// each categorical factor a <see cref="CompiledCategoricalFactor"/>, and each term knows which design column a row's levels
/// select (earlier factors vary fastest, as in the plan's column names), so a row touches only its non-zero columns.
/// </summary>
public sealed class CompiledDesign
{
    private readonly CompiledNumericFactor[] _numeric;
    private readonly CompiledCategoricalFactor[] _categorical;
    private readonly Term[] _terms;

    private CompiledDesign(
        CompiledNumericFactor[] numeric,
        CompiledCategoricalFactor[] categorical,
        Term[] terms,
        string[] factorNames,
        int columnCount
    )
    {
        _numeric = numeric;
        _categorical = categorical;
        _terms = terms;
        FactorNames = factorNames;
        ColumnCount = columnCount;
    }

    /// <summary>Factor names: the numeric factors first, then the categorical ones (indices reported by <see cref="Fill"/>).</summary>
    public IReadOnlyList<string> FactorNames { get; }

    /// <summary>Number of design columns.</summary>
    public int ColumnCount { get; }

    /// <summary>Compiles <paramref name="plan"/> for inputs laid out as <paramref name="featureIndex"/> says.</summary>
    public static CompiledDesign Compile(DesignPlan plan, Func<string, int> featureIndex, Func<int, IReadOnlyList<string>> categoriesOf)
    {
        var formula = plan.Formula;
        var numericKeys = new List<string>();
        var categoricalKeys = new List<string>();
        foreach (var term in plan.Terms)
        {
            foreach (var (factor, coding) in term.Factors)
            {
                var keys = coding == FactorCoding.Numeric ? numericKeys : categoricalKeys;
                if (!keys.Contains(factor))
                {
                    keys.Add(factor);
                }
            }
        }

        var numeric = numericKeys
            .Select(k => CompiledNumericFactor.Compile(formula, formula.FactorNodes[k], featureIndex, plan.State))
            .ToArray();
        var categorical = categoricalKeys
            .Select(k =>
                CompiledCategoricalFactor.Compile(formula.Text, formula.FactorNodes[k], plan.State.Levels[k], featureIndex, categoriesOf)
            )
            .ToArray();
        var terms = plan
            .Terms.Select(t => new Term(
                t.FirstColumn,
                [.. t.Factors.Where(f => f.Coding == FactorCoding.Numeric).Select(f => numericKeys.IndexOf(f.Factor))],
                [.. t.Factors.Where(f => f.Coding != FactorCoding.Numeric).Select(f => categoricalKeys.IndexOf(f.Factor))],
                [.. t.Factors.Where(f => f.Coding != FactorCoding.Numeric).Select(f => f.Coding == FactorCoding.Treatment ? 1 : 0)]
            ))
            .ToArray();
        return new CompiledDesign(numeric, categorical, terms, [.. numericKeys, .. categoricalKeys], plan.ColumnNames.Count);
    }

    /// <summary>
    /// Writes the row's design values into <paramref name="design"/> (which must be zero) and returns −1, or returns the
    /// index in <see cref="FactorNames"/> of the first factor that cannot be evaluated (a value outside a function's domain, an unknown level).
    /// </summary>
    public int Fill(ReadOnlySpan<double> inputs, Span<double> design, Span<double> numericScratch, Span<int> levelScratch)
    {
        for (var f = 0; f < _numeric.Length; f++)
        {
            var value = _numeric[f].Evaluate(inputs);
            if (!double.IsFinite(value))
            {
                return f;
            }

            numericScratch[f] = value;
        }

        for (var f = 0; f < _categorical.Length; f++)
        {
            var level = _categorical[f].Level(inputs);
            if (level < 0)
            {
                return _numeric.Length + f;
            }

            levelScratch[f] = level;
        }

        foreach (var term in _terms)
        {
            var value = 1.0;
            foreach (var f in term.Numeric)
            {
                value *= numericScratch[f];
            }

            var column = term.FirstColumn;
            var stride = 1;
            var active = true;
            for (var k = 0; k < term.Categorical.Length; k++)
            {
                var factor = term.Categorical[k];
                var digit = levelScratch[factor] - term.Dropped[k];
                active &= digit >= 0;
                column += digit * stride;
                stride *= _categorical[factor].LevelCount - term.Dropped[k];
            }

            if (active)
            {
                design[column] = value;
            }
        }

        return -1;
    }

    /// <summary>The inputs factor <paramref name="index"/> (an index in <see cref="FactorNames"/>) reads, as a bit mask.</summary>
    public ulong FactorInputs(int index) => index < _numeric.Length ? _numeric[index].Inputs : _categorical[index - _numeric.Length].Inputs;

    /// <summary>Number of numeric factors (the size of the numeric scratch).</summary>
    public int NumericCount => _numeric.Length;

    /// <summary>Number of categorical factors (the size of the level scratch).</summary>
    public int CategoricalCount => _categorical.Length;

    private sealed record Term(int FirstColumn, int[] Numeric, int[] Categorical, int[] Dropped);
}
