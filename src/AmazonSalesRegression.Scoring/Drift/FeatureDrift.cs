namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>The drift of one input (or of the prediction) over the window.</summary>
/// <param name="Name">Input name, or <c>prediction</c>.</param>
/// <param name="Psi">Population stability index against the training reference.</param>
/// <param name="Ks">Kolmogorov–Smirnov distance over the reference percentiles (numbers only; null for categories).</param>
/// <param name="Verdict">The PSI verdict.</param>
public sealed record FeatureDrift(string Name, double Psi, double? Ks, DriftVerdict Verdict);
