namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// The running cell that code on the current async flow belongs to: where its console writes and displays go,
/// and the token that interrupts it. Flows into threads and tasks the cell starts (see <see cref="Current"/>).
/// </summary>
internal sealed class CellContext
{
    private static readonly AsyncLocal<CellContext?> s_current = new();

    private ICellOutput Output { get; }
    private readonly SessionCells _session;
    private volatile CellState _state = CellState.Running;

    public CellContext(ICellOutput output, SessionCells session, int executionCount, CancellationToken cancellationToken)
    {
        Output = output;
        _session = session;
        ExecutionCount = executionCount;
        CancellationToken = cancellationToken;
    }

    /// <summary>The cell whose code runs on this async flow, or <see langword="null"/> for the host's own code.</summary>
    public static CellContext? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>The cell's execution count.</summary>
    public int ExecutionCount { get; }

    /// <summary>The token of the execute request; cells read it as <c>CancellationToken</c>.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The session's display machinery (formatters and display ids).</summary>
    public DisplayService Displays => _session.Displays;

    /// <summary>
    /// Where output of this flow goes now: the cell's own output while it runs; once it has finished, the session's
    /// currently running cell (as ipykernel does for late background output); nothing once it was abandoned.
    /// </summary>
    public ICellOutput? Target =>
        _state switch
        {
            CellState.Running => Output,
            CellState.Completed => _session.Running?.Output,
            _ => null,
        };

    /// <summary>Marks the cell as finished normally.</summary>
    public void Complete() => _state = CellState.Completed;

    /// <summary>Marks the cell as abandoned after an interrupt it ignored; its later output is dropped.</summary>
    public void Abandon() => _state = CellState.Abandoned;

    private enum CellState
    {
        Running,
        Completed,
        Abandoned,
    }
}
