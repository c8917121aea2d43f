namespace AmazonSalesRegression.Engine;

/// <summary>
/// One C# notebook session: the state that successive cells share (variables, usings, references).
/// Cells run one at a time; the session is the single execution queue that the kernel and the runner both drive.
/// </summary>
public interface INotebookSession : IAsyncDisposable
{
    /// <summary>The number of counted cells executed so far (the next counted cell's count minus one).</summary>
    int ExecutionCount { get; }

    /// <summary>Completes once the compiler is warm, so that the first cell is fast; starting it is the caller's choice.</summary>
    Task WarmUpAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one cell and counts it. User mistakes (compile errors, exceptions, interruption via
    /// <paramref name="cancellationToken"/>) come back as <see cref="CellExecutionResult.Error"/>; this method throws
    /// only for engine faults.
    /// </summary>
    Task<CellExecutionResult> ExecuteAsync(string code, ICellOutput output, CancellationToken cancellationToken) =>
        ExecuteAsync(code, output, countExecution: true, cancellationToken);

    /// <summary>
    /// Runs one cell, as <see cref="ExecuteAsync(string, ICellOutput, CancellationToken)"/> does. When
    /// <paramref name="countExecution"/> is <see langword="false"/> (Jupyter's <c>silent</c> and
    /// <c>store_history: false</c> requests), the cell still changes the session's state but leaves
    /// <see cref="ExecutionCount"/> alone, and its result carries the current count.
    /// </summary>
    Task<CellExecutionResult> ExecuteAsync(string code, ICellOutput output, bool countExecution, CancellationToken cancellationToken);

    /// <summary>Completions at <paramref name="cursorPosition"/> in <paramref name="code"/>, aware of every earlier cell.</summary>
    Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken);

    /// <summary>Documentation of the symbol at the cursor, or <see langword="null"/> when there is none (Jupyter's <c>inspect_reply</c>).</summary>
    Task<DisplayData?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="code"/> is a complete submission.</summary>
    IsCompleteResult IsComplete(string code);
}
