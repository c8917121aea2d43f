namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>Reference distributions for drift monitoring.</summary>
/// <param name="Features">One per input that drift is measured on (every input but dates, whose range moves by design).</param>
/// <param name="Prediction">The distribution of the predicted log units over the training rows.</param>
public sealed record ReferenceSet(IReadOnlyList<FeatureReference> Features, FeatureReference Prediction);
