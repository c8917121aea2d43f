using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Logging;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>The session's life cycle: creation with background warm-up, restart, disposal.</summary>
internal sealed partial class SessionHost
{
    /// <summary>
    /// Creates the first session and starts its warm-up on a worker thread, so the kernel answers requests that do not
    /// need a session (kernel_info first of all) at once; requests that do need it wait until it exists. A failing
    /// factory is logged and retried on first use.
    /// </summary>
    /// <returns>A task that completes once the session exists (or its creation failed); the kernel does not wait for it.</returns>
    public Task StartInBackground(CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
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
            },
            cancellationToken
        );

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
