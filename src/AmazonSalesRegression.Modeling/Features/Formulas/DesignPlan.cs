using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// A formula fitted to training data: the order and coding of its terms, its column names and the learned
/// <see cref="TransformState"/>. Applying the plan to new data gives columns built exactly as in training,
/// which is what keeps a served model and its training from drifting apart.
/// </summary>
/// <remarks>
/// Term order and coding follow patsy (and so statsmodels): terms are grouped by the set of numeric factors they
/// contain, the group without numeric factors (with the intercept) first, then by order of appearance; within a group
/// lower-order terms come first. A categorical factor is coded by treatment contrasts when the term without it is
/// already spanned within its group, and by one indicator per level otherwise (as for <c>C(c) - 1</c>).
/// </remarks>
public sealed partial class DesignPlan
{
    private DesignPlan(Formula formula, TransformState state, IReadOnlyList<DesignTerm> terms, IReadOnlyList<string> columnNames)
    {
        Formula = formula;
        State = state;
        Terms = terms;
        ColumnNames = columnNames;
    }

    /// <summary>The formula.</summary>
    public Formula Formula { get; }

    /// <summary>Levels and parameters learned from the training data.</summary>
    public TransformState State { get; }

    /// <summary>Terms in column order, the intercept first when present.</summary>
    public IReadOnlyList<DesignTerm> Terms { get; }

    /// <summary>Names of the design columns, as statsmodels names them (e.g. <c>Intercept</c>, <c>C(category)[T.Books]</c>, <c>log(price):prime_day</c>).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Learns the plan of <paramref name="formula"/> from <paramref name="data"/>.</summary>
    /// <exception cref="FormulaException">The formula does not fit the data (unknown column, categorical arithmetic, unknown reference level).</exception>
    public static DesignPlan Fit(Formula formula, ITabularData data) => Fit(formula, data, new TransformState());

    /// <summary>Rebuilds a plan from a formula and a saved <paramref name="state"/>; <paramref name="data"/> supplies column kinds only.</summary>
    public static DesignPlan Fit(Formula formula, ITabularData data, TransformState state) =>
        Fit(formula, data, state, new FactorEvaluator(formula.Text, data, state));

    /// <summary>Fits the plan with <paramref name="evaluator"/>, whose evaluations <see cref="Apply(ITabularData, bool, FactorEvaluator)"/> can reuse.</summary>
    internal static DesignPlan Fit(Formula formula, ITabularData data, TransformState state, FactorEvaluator evaluator)
    {
        var categorical = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, node) in formula.FactorNodes)
        {
            categorical[key] =
                node is CallNode call && FactorEvaluator.FunctionName(call.Function) == "C" || evaluator.Evaluate(node) is LabelValues;
            if (categorical[key])
            {
                state.LevelsFor(key, () => LearnLevels(formula, node, evaluator));
            }
        }

        var terms = new List<DesignTerm>();
        var names = new List<string>();
        if (formula.HasIntercept)
        {
            terms.Add(new DesignTerm("Intercept", [], 0, 1));
            names.Add("Intercept");
        }

        foreach (var group in GroupByNumericFactors(formula.Terms, categorical))
        {
            var spanned = new List<HashSet<string>>();
            if (group.Key.Count == 0 && formula.HasIntercept)
            {
                spanned.Add([]);
            }

            foreach (var term in group.Terms.OrderBy(t => t.Factors.Count))
            {
                var codings = Code(term, categorical, spanned);
                var columns = ColumnNamesOf(formula, term, codings, state);
                terms.Add(new DesignTerm(term.Name, term.Factors.Zip(codings).ToList(), names.Count, columns.Count));
                names.AddRange(columns);
            }
        }

        return new DesignPlan(formula, state, terms, names);
    }

    private static IEnumerable<(HashSet<string> Key, List<FormulaTerm> Terms)> GroupByNumericFactors(
        IReadOnlyList<FormulaTerm> terms,
        Dictionary<string, bool> categorical
    )
    {
        var groups = new List<(HashSet<string> Key, List<FormulaTerm> Terms)>();
        foreach (var term in terms)
        {
            var numeric = term.Factors.Where(f => !categorical[f]).ToHashSet();
            var index = groups.FindIndex(g => g.Key.SetEquals(numeric));
            if (index < 0)
            {
                groups.Add((numeric, []));
                index = groups.Count - 1;
            }

            groups[index].Terms.Add(term);
        }

        return groups.OrderBy(g => g.Key.Count == 0 ? 0 : 1);
    }

    private static List<FactorCoding> Code(FormulaTerm term, Dictionary<string, bool> categorical, List<HashSet<string>> spanned)
    {
        var categories = term.Factors.Where(f => categorical[f]).ToHashSet();
        var codings = new List<FactorCoding>();
        foreach (var factor in term.Factors)
        {
            if (!categorical[factor])
            {
                codings.Add(FactorCoding.Numeric);
                continue;
            }

            var margin = categories.Where(f => f != factor).ToHashSet();
            var reduced = spanned.Any(s => s.SetEquals(margin));
            codings.Add(reduced ? FactorCoding.Treatment : FactorCoding.Full);
            if (!reduced)
            {
                spanned.Add(margin);
            }
        }

        spanned.Add(categories);
        return codings;
    }
}
