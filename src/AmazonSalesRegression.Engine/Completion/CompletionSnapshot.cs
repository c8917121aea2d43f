using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Completion;

/// <summary>What the completion workspace replays: the code of every cell that compiled, and the session's references.</summary>
/// <param name="History">Earlier cells' code (directives blanked), in execution order.</param>
/// <param name="References">The session's metadata references.</param>
internal sealed record CompletionSnapshot(IReadOnlyList<string> History, IReadOnlyList<MetadataReference> References);
