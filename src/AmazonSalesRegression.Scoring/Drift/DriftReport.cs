namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>Drift of the recent window against the artifact's reference.</summary>
/// <param name="WindowSize">Number of predictions in the window.</param>
/// <param name="MinimumWindow">Window size below which every verdict is <see cref="DriftVerdict.InsufficientData"/>.</param>
/// <param name="Features">One entry per monitored input.</param>
/// <param name="Prediction">Drift of the predicted log units.</param>
/// <param name="Verdict">The worst verdict over inputs and prediction.</param>
public sealed record DriftReport(
    int WindowSize,
    int MinimumWindow,
    IReadOnlyList<FeatureDrift> Features,
    FeatureDrift Prediction,
    DriftVerdict Verdict
);
