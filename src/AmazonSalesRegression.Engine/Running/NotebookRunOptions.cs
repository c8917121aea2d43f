using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>Settings of a headless notebook run or check.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Engine settings; the working directory is always replaced by the notebook's folder.</summary>
    public EngineOptions Engine { get; init; } = EngineOptions.Default;

    /// <summary>How long one cell may run before it is interrupted and reported as timed out.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether cells run with the process's current directory set to the notebook's folder (restored afterwards), so
    /// relative file paths in cells work as in Jupyter. Runs in one process are serialised while it is set.
    /// </summary>
    public bool UseNotebookDirectory { get; init; } = true;

    /// <summary>
    /// Renders static PNGs of Plotly charts when <see cref="NotebookRunner"/> writes a notebook (images already in the
    /// file for the same figure are reused); <see langword="null"/> writes no images. Checking never renders.
    /// </summary>
    public IChartImageRenderer? ChartRenderer { get; init; } = ChromiumChartRenderer.Default;

    /// <summary>The size of static chart images.</summary>
    public ChartImageSize ChartImageSize { get; init; } = ChartImageSize.Default;

    /// <summary>The authoring rules: exercise and solution tags, metadata keys of the opt-in checks, line length.</summary>
    public NotebookConventions Conventions { get; init; } = NotebookConventions.Default;

    /// <summary>
    /// Names of files or folders that mark a repository's root: the nearest folder at or above the notebook's that
    /// holds one of them is the root, whose absolute paths in outputs are written relative to the notebook (as the
    /// notebook's own folder always is). Empty by default: no root is looked for.
    /// </summary>
    public IReadOnlyList<string> RepositoryRootMarkers { get; init; } = [];

    /// <summary>The options used when none are given.</summary>
    public static NotebookRunOptions Default { get; } = new();
}
