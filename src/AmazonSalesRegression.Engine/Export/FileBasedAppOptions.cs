namespace AmazonSalesRegression.Engine.Export;

/// <summary>Where a notebook and its file-based app twin live, and what the twin's header says.</summary>
/// <param name="NotebookDirectory">The notebook's folder: its <c>#r "path.dll"</c> directives resolve relative to it.</param>
/// <param name="AppDirectory">The twin's folder: its <c>#:project</c> paths are written relative to it.</param>
public sealed record FileBasedAppOptions(string NotebookDirectory, string AppDirectory)
{
    /// <summary>Comment lines for the top of the twin (without <c>//</c>), e.g. where it comes from and how to run it.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>
    /// The engine settings the notebook runs with: the twin imports the same <see cref="EngineOptions.Imports"/> (but
    /// the engine's cell helpers), and a <c>#r "nuget: Name"</c> without a version gets its
    /// <see cref="EngineOptions.NotebookPackages">pinned</see> one.
    /// </summary>
    public EngineOptions Engine { get; init; } = EngineOptions.Default;
}
