using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Logging;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// Holds the current <see cref="INotebookSession"/> and serializes access to it: one session call at a time,
/// the running cell cancellable from another thread (interrupt), and the session replaceable (restart).
/// Each new session starts warming up in the background as soon as it is created.
/// </summary>
internal sealed partial class SessionHost(Func<INotebookSession> factory, IKernelLogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan s_disposeWait = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _cellLock = new();
    private INotebookSession? _session;
    private CancellationTokenSource? _warmUp;
    private CancellationTokenSource? _runningCell;

    /// <summary>Runs <paramref name="action"/> with the session once no other call is using it.</summary>
    public async Task<T> UseAsync<T>(Func<INotebookSession, Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action(EnsureSession()).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs a cell: like <see cref="UseAsync{T}"/>, but the token passed to <paramref name="run"/> is also
    /// cancelled by <see cref="Interrupt"/>.
    /// </summary>
    public Task<T> RunCellAsync<T>(Func<INotebookSession, CancellationToken, Task<T>> run, CancellationToken cancellationToken) =>
        UseAsync(
            async session =>
            {
                using var cell = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                lock (_cellLock)
                {
                    _runningCell = cell;
                }

                try
                {
                    return await run(session, cell.Token).ConfigureAwait(false);
                }
                finally
                {
                    lock (_cellLock)
                    {
                        _runningCell = null;
                    }
                }
            },
            cancellationToken
        );

    /// <summary>Cancels the running cell, if any; returns whether one was running.</summary>
    public bool Interrupt()
    {
        CancellationTokenSource? cell;
        lock (_cellLock)
        {
            cell = _runningCell;
        }

        if (cell is null)
        {
            return false;
        }

        try
        {
            cell.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        return true;
    }
}
