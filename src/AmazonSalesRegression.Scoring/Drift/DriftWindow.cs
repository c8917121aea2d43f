using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>
/// The most recent scored rows (a ring buffer of inputs and predicted log units) and their drift against a reference.
/// <see cref="Record"/> copies into preallocated storage under a short lock, so it can sit on the hot path.
/// </summary>
public sealed class DriftWindow
{
    private readonly Lock _gate = new();
    private readonly ReferenceSet _reference;
    private readonly int[] _slots;
    private readonly int _featureCount;
    private readonly double[] _inputs;
    private readonly double[] _predictions;
    private long _recorded;

    /// <summary>Creates a window of <paramref name="capacity"/> rows for inputs laid out as <paramref name="features"/>.</summary>
    public DriftWindow(IReadOnlyList<FeatureSpec> features, ReferenceSet reference, int capacity = 10_000, int minimumWindow = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _reference = reference;
        _featureCount = features.Count;
        _slots = [.. reference.Features.Select(r => features.Select(f => f.Name).ToList().IndexOf(r.Name))];
        _inputs = new double[capacity * _featureCount];
        _predictions = new double[capacity];
        Capacity = capacity;
        MinimumWindow = minimumWindow;
    }

    /// <summary>Maximum number of rows kept.</summary>
    public int Capacity { get; }

    /// <summary>Window size below which verdicts are <see cref="DriftVerdict.InsufficientData"/>.</summary>
    public int MinimumWindow { get; }

    /// <summary>Adds one scored row, replacing the oldest when full. Allocates nothing.</summary>
    public void Record(ReadOnlySpan<double> inputs, double logPrediction)
    {
        lock (_gate)
        {
            var slot = (int)(_recorded % Capacity);
            inputs.CopyTo(_inputs.AsSpan(slot * _featureCount, _featureCount));
            _predictions[slot] = logPrediction;
            _recorded++;
        }
    }

    /// <summary>Drift of the current window.</summary>
    public DriftReport Report()
    {
        double[] inputs;
        double[] predictions;
        int count;
        lock (_gate)
        {
            count = (int)Math.Min(_recorded, Capacity);
            inputs = _inputs.AsSpan(0, count * _featureCount).ToArray();
            predictions = _predictions.AsSpan(0, count).ToArray();
        }

        var enough = count >= MinimumWindow;
        var features = _reference
            .Features.Select(
                (reference, r) =>
                    Drift(reference, [.. Enumerable.Range(0, count).Select(i => inputs[i * _featureCount + _slots[r]])], enough)
            )
            .ToList();
        var prediction = Drift(_reference.Prediction, predictions, enough);
        var verdict = enough ? features.Append(prediction).Max(f => f.Verdict) : DriftVerdict.InsufficientData;
        return new DriftReport(count, MinimumWindow, features, prediction, verdict);
    }

    private static FeatureDrift Drift(FeatureReference reference, double[] window, bool enough)
    {
        var psi = window.Length == 0 ? 0.0 : DriftStatistics.Psi([.. reference.Proportions], DriftStatistics.Shares(reference, window));
        double? ks = null;
        if (reference.Kind == FeatureKind.Number && window.Length > 0)
        {
            Array.Sort(window);
            ks = DriftStatistics.KolmogorovSmirnov(reference, window);
        }

        return new FeatureDrift(reference.Name, psi, ks, enough ? DriftStatistics.Verdict(psi) : DriftVerdict.InsufficientData);
    }
}
