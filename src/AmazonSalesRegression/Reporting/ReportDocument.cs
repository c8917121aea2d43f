namespace AmazonSalesRegression.Reporting;

/// <summary>A stakeholder report: a title, a one-line subtitle and its sections, independent of how it is rendered.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Subtitle">One line under the title (data, model version).</param>
/// <param name="Sections">The sections, in order.</param>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every chart in the report, in order of appearance.</summary>
    public IEnumerable<ChartBlock> Charts => Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>();
}
