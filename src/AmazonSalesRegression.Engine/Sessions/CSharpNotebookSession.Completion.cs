using AmazonSalesRegression.Engine.Completion;

namespace AmazonSalesRegression.Engine.Sessions;

public sealed partial class CSharpNotebookSession
{
    /// <inheritdoc/>
    /// <remarks>Matches are Roslyn's completion items whose filter text starts with the word typed before the cursor.</remarks>
    public Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _completion.CompleteAsync(Snapshot(), code, cursorPosition, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>The bundle has <c>text/plain</c> and <c>text/markdown</c>: the signature, then the XML documentation.</remarks>
    public Task<DisplayData?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _completion.InspectAsync(Snapshot(), code, cursorPosition, detailLevel, cancellationToken);
    }

    /// <inheritdoc/>
    public IsCompleteResult IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return SubmissionCompleteness.Check(code);
    }
}
