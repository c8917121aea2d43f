namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// The training distribution of one input (or of the prediction) that drift is measured against. Numbers: interior bin
/// edges at the deciles (duplicates removed, so a 0/1 flag has one edge and two bins) with the training share of each
/// bin (a value v falls in the first bin whose edge is ≥ v), and the exact training CDF at the percentiles for the
/// Kolmogorov–Smirnov statistic. Categories: each category's training share.
/// </summary>
/// <param name="Name">Input name, or <c>prediction</c> for the predicted log units.</param>
/// <param name="Kind">Number or category.</param>
/// <param name="Edges">Interior bin edges in increasing order (numbers only).</param>
/// <param name="Categories">Category names (categories only), one per proportion.</param>
/// <param name="Proportions">Training share of each bin or category; they sum to 1.</param>
/// <param name="CdfPoints">Distinct training percentiles (numbers only).</param>
/// <param name="CdfValues">Training share ≤ each of <paramref name="CdfPoints"/>.</param>
public sealed record FeatureReference(
    string Name,
    FeatureKind Kind,
    IReadOnlyList<double> Edges,
    IReadOnlyList<string> Categories,
    IReadOnlyList<double> Proportions,
    IReadOnlyList<double> CdfPoints,
    IReadOnlyList<double> CdfValues
);
