using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>
/// Runs a notebook's code cells top to bottom in one fresh session, with the notebook's folder as working directory,
/// and rebuilds the cells with fresh outputs and execution counts. Cells tagged as exercises are never run and lose any
/// outputs. Each markdown cell's bound values (<see cref="BoundValues"/>) are evaluated when the run reaches the cell and
/// rendered into its source. Shared by <see cref="NotebookRunner"/> and the checker (<c>Checking/NotebookChecker</c>).
/// </summary>
internal static class NotebookExecution
{
    private static readonly SemaphoreSlim s_currentDirectory = new(1, 1);

    /// <summary>Executes <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The notebook as read.</param>
    /// <param name="path">The notebook's file (for its folder and for messages).</param>
    /// <param name="options">Run settings.</param>
    /// <param name="skip">Cells to leave untouched (not run, outputs kept).</param>
    /// <param name="stopAtFailure">Whether to stop at the first unexpected failure (later code cells are cleared).</param>
    /// <param name="cancellationToken">Interrupts the running cell and stops the run.</param>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook notebook,
        string path,
        NotebookRunOptions options,
        Func<NotebookCell, bool> skip,
        bool stopAtFailure,
        CancellationToken cancellationToken
    )
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!options.UseNotebookDirectory)
        {
            return await RunInDirectoryAsync(notebook, path, directory, options, skip, stopAtFailure, cancellationToken)
                .ConfigureAwait(false);
        }

        await s_currentDirectory.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(directory);
            return await RunInDirectoryAsync(notebook, path, directory, options, skip, stopAtFailure, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(previous))
            {
                Directory.SetCurrentDirectory(previous);
            }

            s_currentDirectory.Release();
        }
    }

    private static async Task<NotebookRunResult> RunInDirectoryAsync(
        Notebook notebook,
        string path,
        string directory,
        NotebookRunOptions options,
        Func<NotebookCell, bool> skip,
        bool stopAtFailure,
        CancellationToken cancellationToken
    )
    {
        var displays = new DisplayRegistry();
        var paths = new PathRelativizer(directory, RepositoryRoot.Find(directory, options.RepositoryRootMarkers));
        var failures = new List<NotebookFailure>();
        var cells = new List<(NotebookCell Cell, CellOutputCollector? Collector)>();
        var bound = new List<BoundValueRun>();
        var executed = 0;
        var stopped = false;

        await using var session = NotebookSessions.Create(options.Engine with { WorkingDirectory = directory });
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (cell.IsCode && cell.HasTag(options.Conventions.ExerciseTag))
            {
                cells.Add((cell with { ExecutionCount = null, Outputs = [] }, null));
                continue;
            }

            if (!cell.IsCode && !stopped && BoundValues.Parse(cell.Source) is { Count: > 0 } values)
            {
                var outcomes = await BoundValueEvaluator
                    .EvaluateAsync(session, values.Select(v => v.Template).ToArray(), options.CellTimeout, cancellationToken)
                    .ConfigureAwait(false);
                bound.AddRange(values.Select((value, i) => new BoundValueRun(index, value, outcomes[i])));
                cells.Add((cell with { Source = BoundValues.Render(cell.Source, values, outcomes.Select(o => o.Value).ToArray()) }, null));
                continue;
            }

            if (!cell.IsCode || skip(cell))
            {
                cells.Add((cell, null));
                continue;
            }

            if (stopped || cancellationToken.IsCancellationRequested)
            {
                cells.Add((cell with { ExecutionCount = null, Outputs = [] }, null));
                continue;
            }

            var collector = new CellOutputCollector(displays, paths);
            var result = await ExecuteAsync(session, cell, collector, options.CellTimeout, cancellationToken).ConfigureAwait(false);
            executed++;
            if (result.Result is { } value)
            {
                collector.AddResult(result.ExecutionCount, value);
            }

            if (result.Error is { } error)
            {
                collector.AddError(error);
            }

            cells.Add((cell with { ExecutionCount = result.ExecutionCount }, collector));
            if (Failure(path, index, cell, result) is { } failure)
            {
                failures.Add(failure);
                stopped = stopAtFailure;
            }
        }

        var fresh = cells.Select(c => c.Collector is null ? c.Cell : c.Cell with { Outputs = c.Collector.Outputs }).ToArray();
        return new NotebookRunResult(path, notebook with { Cells = fresh }, executed, failures) { BoundValues = bound };
    }

    private static async Task<CellExecutionResult> ExecuteAsync(
        INotebookSession session,
        NotebookCell cell,
        CellOutputCollector collector,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        var result = await session.ExecuteAsync(cell.Source, collector, linked.Token).ConfigureAwait(false);
        if (
            result.Error is { Name: "OperationCanceledException" }
            && timer.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested
        )
        {
            var message =
                $"The cell did not finish within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds and was interrupted.";
            return result with { Error = new CellError(nameof(TimeoutException), message, [$"{nameof(TimeoutException)}: {message}"]) };
        }

        return result;
    }

    private static NotebookFailure? Failure(string path, int index, NotebookCell cell, CellExecutionResult result)
    {
        var expected = cell.HasTag(NotebookCell.RaisesExceptionTag);
        if (result.Error is { } error && !expected)
        {
            return new NotebookFailure(path, index, cell.Id, error);
        }

        if (result.Error is null && expected)
        {
            const string message = "The cell is tagged raises-exception but ran without an error.";
            return new NotebookFailure(path, index, cell.Id, new CellError(NotebookFailure.MissingExpectedError, message, [message]));
        }

        return null;
    }
}
