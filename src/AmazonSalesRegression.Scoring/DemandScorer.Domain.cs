using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring;

/// <summary>What the scorer can tell about inputs it cannot score: 0/1 flags, factors' inputs, and overflow culprits.</summary>
public sealed partial class DemandScorer
{
    private readonly ulong _flags;

    /// <summary>
    /// Whether input <paramref name="feature"/> is a 0/1 flag: a number whose training range is [0, 1] and whose
    /// training percentiles (the artifact's drift reference) are all 0 or 1, such as <c>bfcm</c>.
    /// </summary>
    public bool IsFlag(int feature) => (_flags & (1UL << feature)) != 0;

    /// <summary>The inputs that factor <paramref name="index"/> (see <see cref="FactorName"/>) reads, as a bit mask (bit i for input i).</summary>
    public ulong FactorInputs(int index) => _plan.FactorInputs(index);

    /// <summary>
    /// For inputs whose score is not finite (<see cref="DemandScore.IsFinite"/>), the inputs responsible, as a bit mask:
    /// the out-of-range inputs that overflow the prediction even when every other input is moved to the nearest end of
    /// its training range, or, when no single one does, all out-of-range inputs together.
    /// </summary>
    /// <param name="inputs">One value per input in <see cref="Features"/> order.</param>
    public ulong OverflowCulprits(ReadOnlySpan<double> inputs)
    {
        var outside = OutOfRangeFlags(inputs);
        Span<double> probe = stackalloc double[inputs.Length];
        ulong alone = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if ((outside & (1UL << i)) == 0)
            {
                continue;
            }

            for (var j = 0; j < inputs.Length; j++)
            {
                var feature = Artifact.Features[j];
                probe[j] = j == i || (outside & (1UL << j)) == 0 ? inputs[j] : Math.Clamp(inputs[j], feature.Min, feature.Max);
            }

            alone |= Score(probe).IsFinite ? 0 : 1UL << i;
        }

        return alone != 0 ? alone : outside;
    }

    private static ulong FlagMask(ModelArtifact artifact)
    {
        ulong mask = 0;
        for (var i = 0; i < artifact.Features.Count; i++)
        {
            var feature = artifact.Features[i];
            var reference = artifact.Reference.Features.FirstOrDefault(r => r.Name == feature.Name);
            var binary =
                feature is { Kind: FeatureKind.Number, Min: 0, Max: 1 }
                && reference is { CdfPoints.Count: > 0 }
                && reference.CdfPoints.All(p => p is 0 or 1);
            mask |= binary ? 1UL << i : 0;
        }

        return mask;
    }
}
