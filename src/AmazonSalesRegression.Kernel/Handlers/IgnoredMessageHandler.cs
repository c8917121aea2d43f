using AmazonSalesRegression.Kernel.Logging;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Accepts a message that needs no answer (<c>comm_msg</c>, <c>comm_close</c> for comms this kernel never opened).</summary>
internal sealed class IgnoredMessageHandler(string messageType, IKernelLogger logger) : IRequestHandler
{
    public string MessageType => messageType;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        logger.Log(KernelLogLevel.Debug, $"Ignored {messageType} {context.Request.Header.MsgId}.");
        return Task.CompletedTask;
    }
}
