using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// Asks the client for input on the stdin channel and waits for its <c>input_reply</c>. One request is
/// pending at a time; a reply whose parent is not the pending request is ignored.
/// </summary>
internal sealed class StdinBroker(MessageSender sender, IKernelLogger logger)
{
    private readonly Lock _lock = new();
    private PendingInput? _pending;

    /// <summary>Sends <c>input_request</c> to the client that sent <paramref name="executeRequest"/> and returns its answer.</summary>
    /// <exception cref="InvalidOperationException">Another input request is still waiting for an answer.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the cell was interrupted).</exception>
    public async Task<string> RequestAsync(JupyterMessage executeRequest, string prompt, bool password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var header = sender.NewHeader(MessageTypes.InputRequest);
        var pending = new PendingInput(header.MsgId, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_lock)
        {
            if (_pending is not null)
            {
                throw new InvalidOperationException("Another input request is already waiting for the user.");
            }

            _pending = pending;
        }

        try
        {
            using var registration = cancellationToken.Register(() => pending.Answer.TrySetCanceled(cancellationToken));
            sender.RequestOnStdin(executeRequest, header, new InputRequest(prompt, password));
            return await pending.Answer.Task.ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
            {
                _pending = null;
            }
        }
    }

    /// <summary>Delivers an <c>input_reply</c> received on stdin.</summary>
    public void OnInputReply(JupyterMessage reply)
    {
        var value = ProtocolJson.Read<InputReply>(reply.Content).Value;
        var parentId = reply.ParentHeader["msg_id"]?.GetValue<string>();
        lock (_lock)
        {
            if (_pending is null || (parentId is not null && parentId != _pending.MsgId))
            {
                logger.Log(KernelLogLevel.Warning, $"Ignored an input_reply to '{parentId}': no such input request is waiting.");
                return;
            }

            _pending.Answer.TrySetResult(value);
        }
    }
}
