namespace AmazonSalesRegression.Engine;

/// <summary>Completions at a cursor (Jupyter's <c>complete_reply</c>).</summary>
/// <param name="Matches">Completion texts, in display order.</param>
/// <param name="CursorStart">Start of the text to replace, as a UTF-16 offset into the code.</param>
/// <param name="CursorEnd">End of the text to replace.</param>
public sealed record CompletionResult(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd);
