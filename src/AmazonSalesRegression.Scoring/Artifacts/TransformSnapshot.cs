using AmazonSalesRegression.Features.Formulas;

namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>A <see cref="TransformState"/> as saved in an artifact, keys in ordinal order so that the file is deterministic.</summary>
/// <param name="Numbers">Parameters of numeric transforms (e.g. the first training day of <c>time(date)</c>), by the transform's text.</param>
/// <param name="Levels">Levels of categorical factors in coding order (reference first), by the factor's text.</param>
public sealed record TransformSnapshot(IReadOnlyDictionary<string, double[]> Numbers, IReadOnlyDictionary<string, string[]> Levels)
{
    /// <summary>Captures <paramref name="state"/>.</summary>
    public static TransformSnapshot From(TransformState state) =>
        new(
            new SortedDictionary<string, double[]>(state.Numbers.ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, string[]>(state.Levels.ToDictionary(), StringComparer.Ordinal)
        );

    /// <summary>A new state with these parameters, for rebuilding the design plan.</summary>
    public TransformState ToState() => new(Numbers, Levels);
}
