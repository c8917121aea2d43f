using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Answers <c>interrupt_request</c> (interrupt mode <c>message</c>): cancels the running cell's token. The cell then
/// ends with an error of its own, reported on its execute request.
/// </summary>
internal sealed class InterruptHandler(SessionHost sessions, IKernelLogger logger) : IRequestHandler
{
    public string MessageType => MessageTypes.InterruptRequest;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        var interrupted = sessions.Interrupt();
        logger.Log(KernelLogLevel.Information, interrupted ? "Interrupted the running cell." : "Interrupt requested with no cell running.");
        context.Reply(MessageTypes.InterruptReply, new InterruptReply(ReplyStatus.Ok));
        return Task.CompletedTask;
    }
}
