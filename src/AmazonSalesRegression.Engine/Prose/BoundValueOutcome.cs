namespace AmazonSalesRegression.Engine.Prose;

/// <summary>What one template evaluated to: its text, or the compiler's or the exception's message.</summary>
/// <param name="Value">The rendered text; <see langword="null"/> when the template failed.</param>
/// <param name="Error">Why the template failed (<c>does not compile: …</c> or <c>throws …</c>); <see langword="null"/> on success.</param>
public sealed record BoundValueOutcome(string? Value, string? Error);
