using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Refuses <c>comm_open</c>: the kernel has no comm targets, so, as the spec asks, it closes the comm at once
/// with a <c>comm_close</c> on iopub so that the client does not wait on a comm that will never answer.
/// </summary>
internal sealed class CommOpenHandler(IKernelLogger logger) : IRequestHandler
{
    public string MessageType => MessageTypes.CommOpen;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        var open = context.Read<CommOpen>();
        logger.Log(KernelLogLevel.Information, $"Closed comm {open.CommId}: no comm target '{open.TargetName}'.");
        context.Publish(MessageTypes.CommClose, new CommClose(open.CommId, new JsonObject()));
        return Task.CompletedTask;
    }
}
