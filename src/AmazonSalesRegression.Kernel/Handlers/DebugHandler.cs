using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Answers <c>debug_request</c> with a failed Debug Adapter Protocol response. Front ends only send these when
/// <c>kernel_info_reply.debugger</c> is true, which this kernel never claims; the answer keeps a stray client from waiting.
/// </summary>
internal sealed class DebugHandler : IRequestHandler
{
    public string MessageType => MessageTypes.DebugRequest;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        var request = context.Read<DebugRequest>();
        context.Reply(
            MessageTypes.DebugReply,
            new DebugReply(
                "response",
                request.Seq,
                Success: false,
                request.Command,
                $"Debugging is not supported by the {JupyterKernel.Name} kernel.",
                new JsonObject()
            )
        );
        return Task.CompletedTask;
    }
}
