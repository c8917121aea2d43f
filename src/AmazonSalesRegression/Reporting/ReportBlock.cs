using Plotly.NET;

namespace AmazonSalesRegression.Reporting;

/// <summary>One piece of a report section: a paragraph, a bullet list, a table or a chart.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of plain text (escaped when rendered).</summary>
/// <param name="Text">The paragraph.</param>
public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A bullet list of plain-text items.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table of already formatted cells.</summary>
/// <param name="Caption">What the table shows.</param>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Rows of cells, each as many as <paramref name="Headers"/>.</param>
public sealed record TableBlock(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A chart, shown as a static image rendered from the figure and saved as <c>charts/NAME.png</c>.</summary>
/// <param name="Name">File name stem of the image, e.g. <c>elasticity_by_category</c>.</param>
/// <param name="Caption">What the chart shows.</param>
/// <param name="Chart">The figure.</param>
public sealed record ChartBlock(string Name, string Caption, GenericChart Chart) : ReportBlock;
