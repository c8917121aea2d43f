using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Runs the handler of each request between iopub <c>busy</c> and <c>idle</c> statuses (parented to the request).
/// A handler's exception is logged and answered with an <c>error</c> reply; an unknown type is logged and not answered.
/// </summary>
internal sealed class RequestDispatcher(IEnumerable<IRequestHandler> handlers, MessageSender sender, IKernelLogger logger)
{
    private readonly Dictionary<string, IRequestHandler> _handlers = handlers.ToDictionary(h => h.MessageType, StringComparer.Ordinal);

    /// <summary>Whether requests of <paramref name="msgType"/> call the notebook session.</summary>
    public bool UsesSession(string msgType) => _handlers.TryGetValue(msgType, out var handler) && handler.UsesSession;

    /// <summary>Handles <paramref name="item"/>; never throws.</summary>
    public async Task DispatchAsync(QueuedRequest item, CancellationToken stopping)
    {
        var request = item.Request;
        var msgType = request.MsgType;
        sender.Publish(request, MessageTypes.Status, StatusContent.Busy);
        try
        {
            if (_handlers.TryGetValue(msgType, out var handler))
            {
                await handler.HandleAsync(new RequestContext(request, item.Channel, sender, stopping)).ConfigureAwait(false);
            }
            else
            {
                logger.Log(KernelLogLevel.Warning, $"Ignored a message of unknown type '{msgType}' on {item.Channel}.");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.Log(KernelLogLevel.Debug, $"Abandoned {msgType} {request.Header.MsgId}: the kernel is stopping.");
        }
        catch (Exception ex)
        {
            logger.Log(KernelLogLevel.Error, $"Handling {msgType} {request.Header.MsgId} failed: {ex}");
            ReplyWithFault(item, ex);
        }
        finally
        {
            sender.Publish(request, MessageTypes.Status, StatusContent.Idle);
        }
    }

    /// <summary>Answers <paramref name="item"/> with status <c>aborted</c> without running it.</summary>
    public void Abort(QueuedRequest item)
    {
        var request = item.Request;
        sender.Publish(request, MessageTypes.Status, StatusContent.Busy);
        sender.Reply(request, item.Channel, MessageTypes.ReplyTo(request.MsgType), new AbortedReply(ReplyStatus.Aborted));
        sender.Publish(request, MessageTypes.Status, StatusContent.Idle);
    }

    private void ReplyWithFault(QueuedRequest item, Exception ex)
    {
        if (!item.Request.MsgType.EndsWith("_request", StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            var fault = new ErrorReply(ReplyStatus.Error, ex.GetType().Name, ex.Message, [$"{ex.GetType().Name}: {ex.Message}"]);
            sender.Reply(item.Request, item.Channel, MessageTypes.ReplyTo(item.Request.MsgType), fault);
        }
        catch (Exception replyFault)
        {
            logger.Log(KernelLogLevel.Error, $"Could not send the error reply: {replyFault.Message}");
        }
    }
}
