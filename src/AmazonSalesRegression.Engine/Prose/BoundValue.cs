namespace AmazonSalesRegression.Engine.Prose;

/// <summary>One <c>&lt;span data-value="TEMPLATE"&gt;RENDERED&lt;/span&gt;</c> in a markdown cell.</summary>
/// <param name="Template">The body of a C# interpolated string, with the attribute's HTML entities decoded.</param>
/// <param name="Rendered">The text the cell shows, with its HTML entities decoded.</param>
/// <param name="RenderedStart">Where the rendered text starts in the cell source.</param>
/// <param name="RenderedLength">The length of the rendered text in the cell source (as written, escaped).</param>
/// <param name="SpanStart">Where the whole span starts in the cell source.</param>
/// <param name="SpanLength">The length of the whole span in the cell source.</param>
public sealed record BoundValue(string Template, string Rendered, int RenderedStart, int RenderedLength, int SpanStart, int SpanLength);
