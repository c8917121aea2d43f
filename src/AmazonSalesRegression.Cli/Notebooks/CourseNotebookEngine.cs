using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Engine.Directives;
using AmazonSalesRegression.Engine.Export;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace AmazonSalesRegression.Cli.Notebooks;

/// <summary>
/// What the course's notebooks get from the notebook engine, in one place for every host in this CLI (the Jupyter
/// kernel, <c>course run</c> and its check, the file-based twins): the course library and its packages referenced by
/// every cell, their namespaces imported, the library's <c>#r "…/AmazonSalesRegression.dll"</c> (which .NET Interactive
/// needs) resolved to the loaded library, the packages a notebook may name in <c>#r "nuget: …"</c>, and the repository
/// root found by the solution file.
/// </summary>
internal static class CourseNotebookEngine
{
    /// <summary>The file that marks the repository's root.</summary>
    public const string RootMarker = "AmazonSalesRegression.sln";

    /// <summary>
    /// The engine settings of a course notebook. <see cref="EngineOptions.NotebookPackages"/> are this assembly's
    /// <c>NotebookPackage</c> items with their central versions, stamped at build time (see the project file).
    /// </summary>
    /// <remarks>
    /// Deedle is referenced but not imported: its <c>Frame</c> clashes with Plotly.NET's and its <c>Lookup</c> with
    /// System.Linq's; cells that use it write <c>using Deedle;</c> and qualify the clashing names.
    /// </remarks>
    public static EngineOptions Options { get; } =
        new()
        {
            Imports =
            [
                .. EngineOptions.StandardImports,
                "MathNet.Numerics.LinearAlgebra",
                "Microsoft.Data.Analysis",
                "Plotly.NET",
                "AmazonSalesRegression.Data",
            ],
            ReferenceRoots =
            [
                typeof(Matrix<>).Assembly,
                typeof(DataFrame).Assembly,
                typeof(Deedle.Frame).Assembly,
                typeof(FSharpOption<>).Assembly,
                typeof(GenericChart).Assembly,
            ],
            HostAssemblies = [typeof(CoursePaths).Assembly],
            NotebookPackages = PinnedPackages.FromAssemblyMetadata(typeof(CourseNotebookEngine).Assembly),
        };

    /// <summary>
    /// The settings of <c>course run</c> and its check: <see cref="Options"/>, the repository root by
    /// <see cref="RootMarker"/>, and the authoring rules under the notebooks' <c>metadata.course</c>.
    /// </summary>
    public static NotebookRunOptions RunOptions { get; } =
        new()
        {
            Engine = Options,
            RepositoryRootMarkers = [RootMarker],
            Conventions = NotebookConventions.Default with { MetadataKey = "course", RerunHint = "run `course run`" },
        };

    /// <summary>The settings of a kernel session started in <paramref name="workingDirectory"/>: Plotly.js goes to each page.</summary>
    public static EngineOptions Kernel(string workingDirectory) =>
        Options with
        {
            WorkingDirectory = workingDirectory,
            InjectPlotlyJs = true,
        };

    /// <summary>The twin settings for a notebook in <paramref name="notebookDirectory"/> whose twin goes to <paramref name="appDirectory"/>.</summary>
    public static FileBasedAppOptions Twin(string notebookDirectory, string appDirectory) =>
        new(notebookDirectory, appDirectory) { Engine = Options };
}
