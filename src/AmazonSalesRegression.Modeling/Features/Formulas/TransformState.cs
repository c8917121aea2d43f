namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// What the stateful parts of a formula learned from the training data — levels of categorical factors,
/// means and standard deviations for <c>center</c>/<c>standardize</c>, the first day for <c>time</c>, the recurrence
/// coefficients of <c>poly</c> — so that
/// new data is transformed exactly as the training data was (patsy's stateful transforms).
/// </summary>
public sealed class TransformState
{
    private readonly Dictionary<string, double[]> _numbers;
    private readonly Dictionary<string, string[]> _levels;

    /// <summary>Creates an empty state that learns from the first data it sees.</summary>
    public TransformState()
        : this(new Dictionary<string, double[]>(StringComparer.Ordinal), new Dictionary<string, string[]>(StringComparer.Ordinal)) { }

    /// <summary>Creates a state with known parameters, e.g. read back from a saved model.</summary>
    /// <param name="numbers">Parameters of numeric transforms, keyed by the transform's text (e.g. <c>center(price)</c>).</param>
    /// <param name="levels">Levels of categorical factors in coding order, keyed by the factor's text (e.g. <c>C(category)</c>).</param>
    public TransformState(IReadOnlyDictionary<string, double[]> numbers, IReadOnlyDictionary<string, string[]> levels)
    {
        _numbers = new(numbers, StringComparer.Ordinal);
        _levels = new(levels, StringComparer.Ordinal);
    }

    /// <summary>Parameters of numeric transforms, keyed by the transform's text.</summary>
    public IReadOnlyDictionary<string, double[]> Numbers => _numbers;

    /// <summary>Levels of categorical factors in coding order (reference level first), keyed by the factor's text.</summary>
    public IReadOnlyDictionary<string, string[]> Levels => _levels;

    internal double[] NumbersFor(string key, Func<double[]> learn)
    {
        if (!_numbers.TryGetValue(key, out var values))
        {
            values = learn();
            _numbers[key] = values;
        }

        return values;
    }

    internal string[] LevelsFor(string key, Func<string[]> learn)
    {
        if (!_levels.TryGetValue(key, out var values))
        {
            values = learn();
            _levels[key] = values;
        }

        return values;
    }
}
