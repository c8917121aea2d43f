namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// One raw input of the production model and what training saw of it: the allowed categories of a label, the range of
/// a number or a date. Values outside the training range are scored but flagged (a log-linear model extrapolates).
/// </summary>
/// <param name="Name">The column name, e.g. <c>selling_price</c>.</param>
/// <param name="Kind">Number, category or date.</param>
/// <param name="Categories">The categories in ordinal order (categories only; empty otherwise).</param>
/// <param name="Min">Training minimum (numbers: the value; dates: the day number of <see cref="DateOnly"/>).</param>
/// <param name="Max">Training maximum; for a date, the last day a forecast is not flagged (the last training day plus one year).</param>
public sealed record FeatureSpec(string Name, FeatureKind Kind, IReadOnlyList<string> Categories, double Min, double Max);
