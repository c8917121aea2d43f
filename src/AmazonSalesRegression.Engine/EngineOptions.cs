namespace AmazonSalesRegression.Engine;

/// <summary>Settings of one notebook session.</summary>
public sealed record EngineOptions
{
    /// <summary>
    /// The notebook's folder: <c>#r "path.dll"</c> directives resolve relative to it. <see langword="null"/> means the
    /// process's current directory. The session never changes the process's current directory; the headless runner does.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How many rows (or items) a table or list shows before summarising the rest as "… N more rows".</summary>
    public int MaxDisplayRows { get; init; } = 20;

    /// <summary>How many columns a table shows before summarising the rest.</summary>
    public int MaxDisplayColumns { get; init; } = 30;

    /// <summary>
    /// How long an interrupted cell may take to stop by itself (observing its <c>CancellationToken</c>) before the
    /// session abandons it and reports it as interrupted anyway.
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the session sends Plotly.js (3.6 MB, the copy embedded in Plotly.NET) to each page once, as an HTML
    /// display before that page's first chart, so that a chart's <c>text/html</c> can draw without a network in front
    /// ends that have no Plotly renderer (classic Notebook, JupyterLab without the plotly extension). Pages are told
    /// apart by <see cref="ICellOutput.FrontEnd"/>. On for the Jupyter kernel; off by default, and for the headless
    /// runner, whose notebooks are committed and must stay small (their charts fall back to a PNG instead).
    /// </summary>
    public bool InjectPlotlyJs { get; init; }

    /// <summary>The options used when none are given.</summary>
    public static EngineOptions Default { get; } = new();
}
