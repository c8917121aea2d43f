using System.Collections.Frozen;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring;

/// <summary>
/// Scores the production model one row at a time, thread-safely and without allocating: the artifact's formula is
/// rebuilt into the library's <see cref="DesignPlan"/> (so serving transforms inputs exactly as training did) and
/// compiled into a <see cref="CompiledDesign"/>; scratch space lives on the stack.
/// Inputs are one double per feature in <see cref="Features"/> order: numbers as they are, categories as their
/// code from <see cref="TryEncodeCategory"/>, dates as <see cref="DateOnly.DayNumber"/>.
/// </summary>
public sealed partial class DemandScorer
{
    private readonly CompiledDesign _plan;
    private readonly double[] _coefficients;
    private readonly int[] _kept;
    private readonly double[] _factor;
    private readonly double _variance;
    private readonly double _critical;
    private readonly FrozenDictionary<string, int> _featureIndex;
    private readonly FrozenDictionary<string, int>[] _categoryCodes;

    private DemandScorer(ModelArtifact artifact, CompiledDesign plan, double level)
    {
        Artifact = artifact;
        _plan = plan;
        Level = level;
        _coefficients = [.. artifact.Coefficients.Select(c => c.Estimate ?? 0.0)];
        _kept = [.. artifact.Interval.KeptColumns];
        _factor = [.. artifact.Interval.InverseFactor];
        _variance = artifact.Interval.ResidualVariance;
        _critical = ReferenceTails.Critical(level, ReferenceDistribution.StudentT, artifact.Interval.DegreesOfFreedom);
        _flags = FlagMask(artifact);
        _featureIndex = artifact.Features.Select((f, i) => (f.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _categoryCodes =
        [
            .. artifact.Features.Select(f =>
                f.Categories.Select((c, i) => (c, i)).ToFrozenDictionary(p => p.c, p => p.i, StringComparer.Ordinal)
            ),
        ];
    }

    /// <summary>The artifact this scorer serves.</summary>
    public ModelArtifact Artifact { get; }

    /// <summary>The raw inputs, in the order <see cref="Score"/> expects them.</summary>
    public IReadOnlyList<FeatureSpec> Features => Artifact.Features;

    /// <summary>Coverage of the prediction intervals, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>Builds a scorer for <paramref name="artifact"/> with prediction intervals of coverage <paramref name="level"/>.</summary>
    /// <exception cref="ModelArtifactException">The artifact's formula, transform state and coefficients do not fit together.</exception>
    public static DemandScorer Create(ModelArtifact artifact, double level = 0.95, string source = "artifact")
    {
        ArgumentNullException.ThrowIfNull(artifact);
        if (artifact.Features.Count > 64)
        {
            throw new ModelArtifactException(source, "$.content.features", "more than 64 inputs; out-of-range flags hold 64");
        }

        Validate(artifact, source);

        DesignPlan plan;
        try
        {
            plan = DesignPlan.Fit(Formula.Parse(artifact.Formula), EmptyData(artifact.Features), artifact.Transform.ToState());
        }
        catch (Exception e) when (e is FormulaException or KeyNotFoundException)
        {
            throw new ModelArtifactException(source, "$.content.formula", $"does not rebuild with the saved transform state: {e.Message}");
        }

        if (!plan.ColumnNames.SequenceEqual(artifact.Coefficients.Select(c => c.Name)))
        {
            throw new ModelArtifactException(
                source,
                "$.content.coefficients",
                "the coefficient names do not match the formula's design columns"
            );
        }

        var r = artifact.Interval.KeptColumns.Count;
        if (
            artifact.Interval.InverseFactor.Count != r * (r + 1) / 2
            || artifact.Interval.KeptColumns.Any(k => k < 0 || k >= plan.ColumnNames.Count)
        )
        {
            throw new ModelArtifactException(source, "$.content.interval", "the inverse factor does not match the kept columns");
        }

        var features = artifact.Features.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        CompiledDesign scoring;
        try
        {
            scoring = CompiledDesign.Compile(plan, name => features[name], i => artifact.Features[i].Categories);
        }
        catch (NotSupportedException e)
        {
            throw new ModelArtifactException(source, "$.content.formula", $"cannot be scored one row at a time: {e.Message}");
        }

        return new DemandScorer(artifact, scoring, level);
    }

    /// <summary>The index of input <paramref name="name"/> in <see cref="Features"/>, or −1.</summary>
    public int FeatureIndex(string name) => _featureIndex.GetValueOrDefault(name, -1);

    /// <summary>The index of input <paramref name="name"/> in <see cref="Features"/>, without allocating.</summary>
    public bool TryGetFeatureIndex(ReadOnlySpan<char> name, out int index) =>
        _featureIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out index);

    /// <summary>The code of category <paramref name="label"/> of input <paramref name="feature"/>, without allocating.</summary>
    public bool TryEncodeCategory(int feature, ReadOnlySpan<char> label, out double code)
    {
        var found = _categoryCodes[feature].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out var index);
        code = index;
        return found;
    }

    /// <summary>The name of the formula factor a failed <see cref="DemandScore"/> points at, e.g. <c>log(selling_price)</c>.</summary>
    public string FactorName(int index) => _plan.FactorNames[index];

    private static TabularData EmptyData(IReadOnlyList<FeatureSpec> features)
    {
        var data = new TabularData("artifact", 0);
        foreach (var feature in features)
        {
            _ = feature.Kind switch
            {
                FeatureKind.Number => data.Add(feature.Name, Array.Empty<double>()),
                FeatureKind.Category => data.Add(feature.Name, Array.Empty<string>()),
                _ => data.Add(feature.Name, Array.Empty<DateOnly>()),
            };
        }

        return data;
    }
}
