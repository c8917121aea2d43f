namespace AmazonSalesRegression.Engine.Output;

/// <summary>Per-session state shared by all of the session's <see cref="CellContext"/>s.</summary>
internal sealed class SessionCells(DisplayService displays)
{
    private volatile CellContext? _running;

    /// <summary>The session's display machinery.</summary>
    public DisplayService Displays { get; } = displays;

    /// <summary>The cell the session is executing right now, if any.</summary>
    public CellContext? Running
    {
        get => _running;
        set => _running = value;
    }
}
