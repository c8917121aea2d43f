using AmazonSalesRegression.Engine.Diagnostics;
using AmazonSalesRegression.Engine.Directives;
using AmazonSalesRegression.Engine.Output;

namespace AmazonSalesRegression.Engine.Sessions;

public sealed partial class CSharpNotebookSession
{
    /// <inheritdoc/>
    /// <remarks>
    /// Cells queue and run one at a time. A runtime exception keeps the state the cell reached (variables it assigned
    /// before throwing stay defined); a compile error leaves the state unchanged. When <paramref name="cancellationToken"/>
    /// fires, the cell can stop cooperatively (through its <c>CancellationToken</c>); if it has not stopped within
    /// <see cref="EngineOptions.InterruptGracePeriod"/>, the engine stops waiting, reports the interrupt, drops the cell's
    /// later output and continues from the previous cell's state. The abandoned cell keeps running in the background,
    /// and objects it shares with earlier cells (their variables' values) can still change under it.
    /// </remarks>
    public async Task<CellExecutionResult> ExecuteAsync(
        string code,
        ICellOutput output,
        bool countExecution,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(_disposed, this);

        await _queue.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var count = countExecution ? Interlocked.Increment(ref _executionCount) : Volatile.Read(ref _executionCount);
            if (cancellationToken.IsCancellationRequested)
            {
                return new CellExecutionResult(count, null, CellErrors.Cancelled());
            }

            var previous = _state ?? _baseState.Value;
            var directives = DirectiveProcessor.Process(code, _directives);
            if (directives.Errors.Count > 0)
            {
                return new CellExecutionResult(count, null, CellErrors.Compilation(directives.Errors));
            }

            AddReferences(directives.ReferencePaths);
            foreach (var note in directives.Notes)
            {
                output.WriteStandardError(note + "\n");
            }

            var cell = new CellContext(output, _cells, count, cancellationToken);
            var compilation = _compiler.Continue(
                previous.Compilation,
                directives.Code,
                RuntimeErrors.CellFileName(count),
                _pendingReferences
            );
            var run = new CellRun(compilation, compilation.SyntaxTrees[0], previous, cell, directives.Code);
            _cells.Running = cell;
            try
            {
                return await RunCellAsync(run, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _cells.Running = null;
                ConsoleRouting.EnsureInstalled();
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    private async Task<CellExecutionResult> RunCellAsync(CellRun run, CancellationToken cancellationToken)
    {
        var running = Task.Run(() => CellRunner.RunAsync(run, _assemblies, _cells.Displays.Formatters, _lines), CancellationToken.None);
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task first;
        using (cancellationToken.Register(() => interrupted.TrySetResult()))
        {
            first = await Task.WhenAny(running, interrupted.Task).ConfigureAwait(false);
        }

        if (
            first != running
            && await Task.WhenAny(running, Task.Delay(_options.InterruptGracePeriod, CancellationToken.None)).ConfigureAwait(false)
                != running
        )
        {
            run.Cell.Abandon();
            _ = running.ContinueWith(
                t => t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default
            );
            return new CellExecutionResult(run.Cell.ExecutionCount, null, CellErrors.Abandoned());
        }

        run.Cell.Complete();
        var outcome = await running.ConfigureAwait(false);
        if (outcome.State is { } state)
        {
            _state = state;
            _history = _history.Add(run.Code);
            _pendingReferences = [];
        }

        var error = outcome.Error;
        if (
            error is { Name: not CellErrors.CompilationError }
            && cancellationToken.IsCancellationRequested
            && outcome.Exception is OperationCanceledException
        )
        {
            error = CellErrors.Cancelled();
        }

        return new CellExecutionResult(run.Cell.ExecutionCount, outcome.Result, error);
    }

    private void AddReferences(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        // Until a cell that carries them compiles, every next cell passes them again.
        _assemblies.AddFiles(paths);
        var added = paths.Select(path => ScriptReferences.FromFile(path)).ToArray();
        _references = _references.AddRange(added);
        _pendingReferences = _pendingReferences.AddRange(added);
    }
}
