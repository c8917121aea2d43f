using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Logging;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// Holds the current <see cref="INotebookSession"/> and serializes access to it: one session call at a time,
/// the running cell cancellable from another thread (interrupt), and the session replaceable (restart).
/// Each new session starts warming up in the background as soon as it is created.
/// </summary>
internal sealed class SessionHost(Func<INotebookSession> factory, IKernelLogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan s_disposeWait = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _cellLock = new();
    private INotebookSession? _session;
    private CancellationTokenSource? _warmUp;
    private CancellationTokenSource? _runningCell;

    /// <summary>Creates the first session and starts its warm-up; a failing factory is logged and retried on first use.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureSession();
        }
        catch (Exception ex)
        {
            logger.Log(KernelLogLevel.Error, $"Could not create the notebook session: {ex}");
        }
        finally
        {
            _gate.Release();
        }
    }

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
            cancellationToken);

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

    /// <summary>Interrupts the running cell, waits for it to end, disposes the session and creates a new one.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        Interrupt();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await DisposeSessionAsync().ConfigureAwait(false);
            EnsureSession();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Interrupts the running cell and disposes the session, waiting a few seconds at most for the cell to end.</summary>
    public async ValueTask DisposeAsync()
    {
        Interrupt();
        var entered = await _gate.WaitAsync(s_disposeWait).ConfigureAwait(false);
        if (!entered)
        {
            logger.Log(KernelLogLevel.Warning, "The running cell ignored cancellation; disposing its session anyway.");
        }

        await DisposeSessionAsync().ConfigureAwait(false);
    }

    private INotebookSession EnsureSession()
    {
        if (_session is not null)
        {
            return _session;
        }

        var session = factory();
        _warmUp = new CancellationTokenSource();
        _ = WarmUpAsync(session, _warmUp.Token);
        _session = session;
        return session;
    }

    private async Task WarmUpAsync(INotebookSession session, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Run(() => session.WarmUpAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            logger.Log(KernelLogLevel.Debug, "The notebook session is warm.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.Log(KernelLogLevel.Debug, "Warm-up cancelled.");
        }
        catch (Exception ex)
        {
            logger.Log(KernelLogLevel.Warning, $"Warm-up failed (the first cell will be slower): {ex.Message}");
        }
    }

    private async Task DisposeSessionAsync()
    {
        _warmUp?.Cancel();
        _warmUp = null;
        var session = _session;
        _session = null;
        if (session is null)
        {
            return;
        }

        try
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.Log(KernelLogLevel.Error, $"Disposing the notebook session failed: {ex}");
        }
    }
}
