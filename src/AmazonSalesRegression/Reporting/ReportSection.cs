namespace AmazonSalesRegression.Reporting;

/// <summary>A titled section of a <see cref="ReportDocument"/>.</summary>
/// <param name="Id">The section's anchor id.</param>
/// <param name="Title">The heading.</param>
/// <param name="Blocks">The content, in order.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks);
