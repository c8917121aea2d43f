namespace AmazonSalesRegression.Data.Generation;

/// <summary>A generated data set and the truth that produced it.</summary>
/// <param name="Records">One row per SKU and day, ordered by date, then SKU id (ordinal).</param>
/// <param name="Truth">The true parameters and realised episodes behind <paramref name="Records"/>.</param>
public sealed record GeneratedSalesData(IReadOnlyList<SalesRecord> Records, GroundTruth Truth);
