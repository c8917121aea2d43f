using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring;

/// <summary>The allocation-free hot path.</summary>
public sealed partial class DemandScorer
{
    /// <summary>
    /// Scores one row: ŷ = x₀ᵀb, the prediction interval ŷ ± t·s·√(1 + ‖Mᵀx₀‖²) on the log scale (as
    /// <see cref="Regression.OlsResult.Predict(Features.Tabular.ITabularData, double)"/> computes it), both back-transformed, and the
    /// out-of-range flags. Allocates nothing; safe to call from many threads at once.
    /// </summary>
    /// <param name="inputs">One value per input in <see cref="Features"/> order.</param>
    /// <exception cref="ArgumentException">The number of inputs is wrong.</exception>
    public DemandScore Score(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != Artifact.Features.Count)
        {
            throw new ArgumentException($"Expected {Artifact.Features.Count} inputs; got {inputs.Length}.", nameof(inputs));
        }

        var flags = OutOfRangeFlags(inputs);
        Span<double> design = stackalloc double[_plan.ColumnCount];
        Span<double> numbers = stackalloc double[_plan.NumericCount];
        Span<int> levels = stackalloc int[_plan.CategoricalCount];
        design.Clear();
        var failed = _plan.Fill(inputs, design, numbers, levels);
        if (failed >= 0)
        {
            return new DemandScore(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, flags, failed);
        }

        var mean = 0.0;
        for (var j = 0; j < design.Length; j++)
        {
            mean += _coefficients[j] * design[j];
        }

        var quadratic = 0.0;
        var offset = 0;
        for (var k = 0; k < _kept.Length; k++)
        {
            var s = 0.0;
            for (var j = 0; j <= k; j++)
            {
                s += _factor[offset + j] * design[_kept[j]];
            }

            offset += k + 1;
            quadratic += s * s;
        }

        var half = _critical * Math.Sqrt(_variance * (1.0 + quadratic));
        var (lower, upper) = (mean - half, mean + half);
        return new DemandScore(
            mean,
            Math.Exp(mean),
            Math.Exp(mean + _variance / 2),
            lower,
            upper,
            Math.Exp(lower),
            Math.Exp(upper),
            flags,
            -1
        );
    }

    private ulong OutOfRangeFlags(ReadOnlySpan<double> inputs)
    {
        ulong flags = 0;
        var features = Artifact.Features;
        for (var i = 0; i < inputs.Length; i++)
        {
            var feature = features[i];
            if (feature.Kind != FeatureKind.Category && !(inputs[i] >= feature.Min && inputs[i] <= feature.Max))
            {
                flags |= 1UL << i;
            }
        }

        return flags;
    }
}
