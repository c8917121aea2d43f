using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Hosting;

/// <summary>The kernel's run loop: start, serve until asked to stop, stop in order.</summary>
internal sealed partial class KernelRuntime
{
    /// <summary>
    /// Serves requests until a <c>shutdown_request</c>, the parent process's exit, or <paramref name="cancellationToken"/>;
    /// then answers what is in flight, disposes the session and closes the sockets.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            _transport.Start();
            _sender.Publish(null, MessageTypes.Status, StatusContent.Starting);
            _ = _sessions.StartInBackground(cancellationToken);
            _logger.Log(KernelLogLevel.Information, "Kernel started.");
            await ServeUntilStoppedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _transport.Dispose();
        }

        _logger.Log(KernelLogLevel.Information, "Kernel stopped.");
    }

    private async Task ServeUntilStoppedAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new[]
        {
            Task.Run(() => ServeAsync(_shellQueue, stopping.Token), CancellationToken.None),
            Task.Run(() => ServeAsync(_controlQueue, stopping.Token), CancellationToken.None),
        };

        await WaitForStopAsync(stopping.Token).ConfigureAwait(false);

        _shellQueue.Complete();
        _controlQueue.Complete();
        await stopping.CancelAsync().ConfigureAwait(false);
        await WaitQuietlyAsync(Task.WhenAll(workers), "the request workers").ConfigureAwait(false);
        await _sessions.DisposeAsync().ConfigureAwait(false);
        await WaitQuietlyAsync(_transport.FlushAsync(), "the last messages to be sent").ConfigureAwait(false);
    }

    private async Task WaitForStopAsync(CancellationToken stopping)
    {
        var parentExit = _options.Parent is { } parent ? WatchParentAsync(parent, stopping) : Task.Delay(Timeout.Infinite, stopping);
        var first = await Task.WhenAny(_stopRequested.Task, parentExit).ConfigureAwait(false);
        var reason =
            first == _stopRequested.Task ? "shutdown requested"
            : first.IsCompletedSuccessfully ? $"parent {_options.Parent} exited"
            : "cancelled by the host";
        _logger.Log(KernelLogLevel.Information, $"Stopping: {reason}.");
    }

    private async Task WatchParentAsync(ParentProcess parent, CancellationToken stopping)
    {
        try
        {
            await parent.WaitForExitAsync(_options.ParentPollInterval, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.Log(KernelLogLevel.Warning, $"Cannot watch parent {parent} ({ex.Message}); the kernel will not exit with it.");
            await Task.Delay(Timeout.Infinite, stopping).ConfigureAwait(false);
        }
    }

    private async Task ServeAsync(RequestQueue queue, CancellationToken stopping)
    {
        try
        {
            await foreach (var item in queue.ReadAllAsync(stopping).ConfigureAwait(false))
            {
                await ServeOneAsync(queue, item, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            _logger.Log(KernelLogLevel.Debug, "A request worker stopped.");
        }
    }

    private async Task ServeOneAsync(RequestQueue queue, QueuedRequest item, CancellationToken stopping)
    {
        try
        {
            if (item.Request.MsgType == MessageTypes.ExecuteRequest && queue.IsAborted(item))
            {
                _dispatcher.Abort(item);
            }
            else
            {
                await _dispatcher.DispatchAsync(item, stopping).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            _logger.Log(KernelLogLevel.Error, $"Serving {item.Request.MsgType} failed: {ex}");
        }
    }

    private async Task WaitQuietlyAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(s_stopWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.Log(KernelLogLevel.Warning, $"Gave up waiting for {what}.");
        }
    }
}
