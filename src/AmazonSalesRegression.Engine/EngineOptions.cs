using System.Reflection;
using AmazonSalesRegression.Engine.Directives;

namespace AmazonSalesRegression.Engine;

/// <summary>
/// Settings of one notebook session. The defaults run any C# notebook against .NET alone; a host that offers libraries
/// to its notebooks names them here (<see cref="Imports"/>, <see cref="ReferenceRoots"/>, <see cref="HostAssemblies"/>,
/// <see cref="NotebookPackages"/>).
/// </summary>
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

    /// <summary>
    /// The namespaces every cell imports, in order. Defaults to <see cref="StandardImports"/>; a host that adds its own
    /// usually keeps those first.
    /// </summary>
    public IReadOnlyList<string> Imports { get; init; } = StandardImports;

    /// <summary>
    /// Assemblies whose closure (they and every assembly they reference, outside the shared framework) every cell
    /// references, besides the shared framework and the engine itself. Empty by default. Metadata is loaded once per
    /// process for each assembly and shared by all sessions.
    /// </summary>
    public IReadOnlyList<Assembly> ReferenceRoots { get; init; } = [];

    /// <summary>
    /// Libraries the host has loaded that notebooks name by path (<c>#r "…/Name.dll"</c>, typically so that another
    /// notebook front end can load them): such a directive is satisfied by the loaded assembly, whether or not the file
    /// exists, instead of loading a second copy. Each is also a <see cref="ReferenceRoots">reference root</see>.
    /// Empty by default.
    /// </summary>
    public IReadOnlyList<Assembly> HostAssemblies { get; init; } = [];

    /// <summary>
    /// The packages <c>#r "nuget: Name, Version"</c> accepts: packages whose assemblies every cell already references
    /// (through <see cref="ReferenceRoots"/>), at the versions the host pins; the engine never downloads anything.
    /// <see cref="PinnedPackages.FromAssemblyMetadata"/> reads a list a host stamped into its assembly. Empty by default,
    /// which makes every <c>nuget:</c> reference an error.
    /// </summary>
    public IReadOnlyList<PinnedPackage> NotebookPackages { get; init; } = [];

    /// <summary>
    /// The default <see cref="Imports"/>: <c>System</c>, <c>System.Linq</c>, <c>System.Collections.Generic</c>,
    /// <c>System.Threading.Tasks</c>, <c>System.IO</c>, <c>System.Text</c> and the engine's cell helpers
    /// (<c>AmazonSalesRegression.Engine.Scripting</c>, for <c>value.Display()</c>).
    /// </summary>
    public static IReadOnlyList<string> StandardImports { get; } =
    [
        "System",
        "System.Linq",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.IO",
        "System.Text",
        "AmazonSalesRegression.Engine.Scripting",
    ];

    /// <summary>The options used when none are given.</summary>
    public static EngineOptions Default { get; } = new();
}
