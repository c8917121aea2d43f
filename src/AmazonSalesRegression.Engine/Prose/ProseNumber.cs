namespace AmazonSalesRegression.Engine.Prose;

/// <summary>A number in markdown prose that is neither bound nor exempt.</summary>
/// <param name="Text">The number as written, with its unit when it has one (e.g. <c>13 %</c>).</param>
/// <param name="Offset">Where it starts in the cell source.</param>
/// <param name="Context">Up to 30 characters either side, on one line.</param>
public sealed record ProseNumber(string Text, int Offset, string Context);
