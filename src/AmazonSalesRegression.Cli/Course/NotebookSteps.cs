using System.Globalization;
using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The notebook steps of <c>course run</c>: execute each notebook top to bottom and write its outputs (with static chart
/// images), or check them. A chart-image warning (no browser) is shown once per course run, not once per notebook.
/// </summary>
internal static class NotebookSteps
{
    /// <summary>The course notebooks (<c>notebooks/NN_*.ipynb</c>) in order, as steps.</summary>
    public static IEnumerable<CourseStep> For(string root, CourseRunOptions options)
    {
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        return Lessons(root, options.Notebook)
            .Select(path => new CourseStep(
                Path.GetRelativePath(root, path),
                cancellation => options.Check ? CheckAsync(root, path, cancellation) : RunAsync(root, path, warnings, cancellation)
            ));
    }

    /// <summary>The lesson notebooks (<c>notebooks/NN_*.ipynb</c>) in order, or only notebook <paramref name="number"/>.</summary>
    public static IEnumerable<string> Lessons(string root, int? number)
    {
        var folder = Path.Combine(root, "notebooks");
        return Numbered(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb") : [], number);
    }

    private static IEnumerable<string> Numbered(string[] paths, int? number) =>
        paths
            .Order(StringComparer.Ordinal)
            .Where(path =>
                number is not { } n
                || Path.GetFileName(path).StartsWith(n.ToString("00", CultureInfo.InvariantCulture) + "_", StringComparison.Ordinal)
            );

    private static async Task<string> RunAsync(string root, string path, HashSet<string> warnings, CancellationToken cancellation)
    {
        var result = await NotebookRunner.RunAsync(path, CourseNotebookEngine.RunOptions, cancellation);
        return result.Succeeded
            ? $"{result.ExecutedCells} cells executed, {Bound(result.BoundValues.Count)}outputs written{Charts(result.ChartImages, warnings)}"
            : throw new CourseStepException(
                Relative(
                    root,
                    string.Join("\n", result.Failures.Select(f => f.ToString()).Concat(result.ProseProblems.Select(p => p.ToString())))
                )
            );
    }

    private static string Charts(ChartImageReport report, HashSet<string> warnings)
    {
        if (report == ChartImageReport.None)
        {
            return string.Empty;
        }

        var counts = string.Create(CultureInfo.InvariantCulture, $"; chart images: {report.Rendered} rendered, {report.Reused} reused");
        var missing = report.Missing > 0 ? string.Create(CultureInfo.InvariantCulture, $", {report.Missing} missing") : string.Empty;
        var warning = report.Warning is { } text && warnings.Add(text) ? $" (warning: {text})" : string.Empty;
        return counts + missing + warning;
    }

    private static async Task<string> CheckAsync(string root, string path, CancellationToken cancellation)
    {
        var result = await NotebookChecker.CheckAsync(path, CourseNotebookEngine.RunOptions, cancellationToken: cancellation);
        return result.Succeeded
            ? $"{result.ComparedCells} cells match the committed outputs"
            : throw new CourseStepException(
                Relative(
                    root,
                    string.Join(
                        "\n",
                        result.Mismatches.Take(1).Select(m => m.ToString()).Concat(result.ProseProblems.Select(p => p.ToString()))
                    )
                )
            );
    }

    private static string Bound(int count) =>
        count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{count} bound values rendered, ");

    private static string Relative(string root, string message) =>
        message.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
