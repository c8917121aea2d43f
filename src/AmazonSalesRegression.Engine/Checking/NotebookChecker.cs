using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Checking;

/// <summary>
/// Checks that a notebook's committed outputs are still what its code produces, like nbval: runs every code cell
/// in memory (the file is not changed) and compares each cell's fresh outputs with the committed ones
/// (see <see cref="OutputSanitizer"/> for what is masked first). Tags: <c>nbval-skip</c> cells are not run;
/// <c>nbval-ignore-output</c> cells run but are not compared. Execution goes on after a failing cell, so every cell
/// is compared. Chart images (<c>image/png</c>) are not compared byte for byte and no browser is started, but an image
/// whose recorded figure hash does not match its output's Plotly figure is reported as stale. Prose: a bound value whose
/// committed text differs from what its template evaluates to (or that does not evaluate) is a problem, and so is any
/// broken rule the notebook opted into (<see cref="NotebookRules"/>). Exercise cells are not run or compared.
/// </summary>
public static class NotebookChecker
{
    /// <summary>Checks the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static async Task<NotebookCheckResult> CheckAsync(
        string path,
        NotebookRunOptions? options = null,
        OutputSanitizer? sanitizer = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        sanitizer ??= OutputSanitizer.Default;
        options ??= NotebookRunOptions.Default;
        var committed = await NotebookJson.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var run = await NotebookExecution
            .RunAsync(committed, path, options, cell => cell.HasTag(NotebookCell.SkipTag), stopAtFailure: false, cancellationToken)
            .ConfigureAwait(false);

        var mismatches = new List<NotebookMismatch>();
        var compared = 0;
        for (var index = 0; index < committed.Cells.Count; index++)
        {
            var cell = committed.Cells[index];
            if (
                !cell.IsCode
                || cell.HasTag(NotebookCell.SkipTag)
                || cell.HasTag(NotebookCell.IgnoreOutputTag)
                || cell.HasTag(options.Conventions.ExerciseTag)
            )
            {
                continue;
            }

            compared++;
            var fresh = run.Notebook.Cells[index].Outputs;
            if (OutputComparer.FirstDifference(cell.Outputs, fresh, sanitizer) is { } difference)
            {
                mismatches.Add(
                    new NotebookMismatch(
                        path,
                        index,
                        cell.Id,
                        difference.OutputIndex,
                        difference.Description,
                        difference.Line,
                        difference.Expected,
                        difference.Actual
                    )
                );
            }
            else if (StaleChartImages.FirstStale(cell.Outputs, fresh, options.Conventions.RerunHint) is { } stale)
            {
                mismatches.Add(
                    new NotebookMismatch(path, index, cell.Id, stale.OutputIndex, stale.Description, null, stale.Expected, stale.Actual)
                );
            }
        }

        var prose = run
            .BoundValues.Select(b => b.Problem(path, committed, check: true))
            .OfType<NotebookProblem>()
            .Concat(NotebookRules.Check(committed, path, options.Conventions))
            .OrderBy(p => p.CellIndex)
            .ToArray();
        return new NotebookCheckResult(path, compared, mismatches) { ProseProblems = prose };
    }
}
