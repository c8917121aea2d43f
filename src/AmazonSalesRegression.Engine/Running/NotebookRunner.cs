using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>
/// Runs notebooks headless, like <c>jupyter nbconvert --execute --inplace</c>: all code cells top to bottom in one
/// fresh session, outputs and execution counts written back to the file. The run stops at the first failing cell
/// (later code cells are left without outputs) unless that cell is tagged <c>raises-exception</c>, whose error is
/// expected; such a cell that does not raise is itself a failure. Outputs carry no timings, and absolute paths of the
/// notebook's folder and of the repository are written relative to the notebook. A written notebook's Plotly outputs
/// also carry a static <c>image/png</c> (see <see cref="NotebookRunOptions.ChartRenderer"/>), reused from the file being
/// overwritten when its recorded figure hash matches; a chart that cannot be rendered is a warning, never a failure.
/// Bound values in markdown (<see cref="BoundValues"/>) are rendered into the cells' source as the run reaches them;
/// one that does not compile or throws is a <see cref="NotebookRunResult.ProseProblems"/> entry (its text is kept).
/// Cells tagged as exercises (<see cref="NotebookConventions.ExerciseTag"/>) are not run and keep no outputs.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs the notebook at <paramref name="path"/> and writes it back with fresh outputs.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static Task<NotebookRunResult> RunAsync(
        string path,
        NotebookRunOptions? options = null,
        CancellationToken cancellationToken = default
    ) => RunAsync(path, writeBack: true, options, cancellationToken);

    /// <summary>Runs the notebook at <paramref name="path"/>; writes it back only when <paramref name="writeBack"/> is true.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static async Task<NotebookRunResult> RunAsync(
        string path,
        bool writeBack,
        NotebookRunOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= NotebookRunOptions.Default;
        var notebook = await NotebookJson.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var result = await NotebookExecution
            .RunAsync(notebook, path, options, _ => false, stopAtFailure: true, cancellationToken)
            .ConfigureAwait(false);
        result = result with
        {
            ProseProblems = result.BoundValues.Select(b => b.Problem(path, notebook, check: false)).OfType<NotebookProblem>().ToArray(),
        };
        if (writeBack)
        {
            if (options.ChartRenderer is { } renderer)
            {
                var (withImages, report) = await ChartImageAttacher
                    .AttachAsync(notebook, result.Notebook, renderer, options.ChartImageSize, cancellationToken)
                    .ConfigureAwait(false);
                result = result with { Notebook = withImages, ChartImages = report };
            }

            await NotebookJson.WriteAsync(path, result.Notebook, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
