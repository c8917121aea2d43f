using System.Globalization;
using AmazonSalesRegression.Engine.Runner;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>The notebook steps of <c>course run</c>: execute each notebook top to bottom and write its outputs, or check them.</summary>
internal static class NotebookSteps
{
    /// <summary>The course notebooks (<c>notebooks/NN_*.ipynb</c>) in order, then their solutions, as steps.</summary>
    public static IEnumerable<CourseStep> For(string root, CourseRunOptions options)
    {
        var folder = Path.Combine(root, "notebooks");
        var lessons = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb") : [];
        var solutions = Directory.Exists(Path.Combine(folder, "solutions"))
            ? Directory.GetFiles(Path.Combine(folder, "solutions"), "*.ipynb")
            : [];
        return lessons
            .Order(StringComparer.Ordinal)
            .Concat(solutions.Order(StringComparer.Ordinal))
            .Where(path =>
                options.Notebook is not { } number
                || Path.GetFileName(path).StartsWith(number.ToString("00", CultureInfo.InvariantCulture) + "_", StringComparison.Ordinal)
            )
            .Select(path => new CourseStep(
                Path.GetRelativePath(root, path),
                cancellation => options.Check ? CheckAsync(root, path, cancellation) : RunAsync(root, path, cancellation)
            ));
    }

    private static async Task<string> RunAsync(string root, string path, CancellationToken cancellation)
    {
        var result = await NotebookRunner.RunAsync(path, cancellationToken: cancellation);
        return result.Succeeded
            ? $"{result.ExecutedCells} cells executed, outputs written"
            : throw new CourseStepException(Relative(root, result.Failures[0].ToString()));
    }

    private static async Task<string> CheckAsync(string root, string path, CancellationToken cancellation)
    {
        var result = await NotebookChecker.CheckAsync(path, cancellationToken: cancellation);
        return result.Succeeded
            ? $"{result.ComparedCells} cells match the committed outputs"
            : throw new CourseStepException(Relative(root, result.Mismatches[0].ToString()));
    }

    private static string Relative(string root, string message) =>
        message.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
