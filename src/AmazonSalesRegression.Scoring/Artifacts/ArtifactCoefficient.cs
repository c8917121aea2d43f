namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>One coefficient of the model by its design column name.</summary>
/// <param name="Name">Column name as the formula names it, e.g. <c>C(sku)[T.BOOK-001]</c>.</param>
/// <param name="Estimate">The estimate, or null when the column was aliased (linearly dependent) and dropped.</param>
public sealed record ArtifactCoefficient(string Name, double? Estimate);
