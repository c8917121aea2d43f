namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>The <see cref="CellError"/>s the engine reports for compile problems and interrupts.</summary>
internal static class CellErrors
{
    /// <summary>Jupyter's <c>ename</c> for compile errors (and directive errors, which read the same way).</summary>
    public const string CompilationError = "CompilationError";

    /// <summary>Jupyter's <c>ename</c> for interrupted cells.</summary>
    public const string Interrupted = "OperationCanceledException";

    /// <summary>A compile-style error: the first message as the value, all of them as the traceback.</summary>
    public static CellError Compilation(IReadOnlyList<string> messages) => new(CompilationError, messages[0], messages);

    /// <summary>A cell that stopped on interrupt (it observed the token, or never started).</summary>
    public static CellError Cancelled() => Interruption("The cell was interrupted.");

    /// <summary>A cell that ignored the interrupt: the engine stopped waiting and will continue from the previous cell's state.</summary>
    public static CellError Abandoned() =>
        Interruption(
            "The cell was interrupted but did not stop; it was abandoned and may still run in the background. "
                + "Later cells continue from the state before it. Loops can check CancellationToken to stop cleanly."
        );

    private static CellError Interruption(string message) => new(Interrupted, message, [$"{Interrupted}: {message}"]);
}
