using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Answers <c>comm_info_request</c>: this kernel registers no comm targets, so no comm is ever open.</summary>
internal sealed class CommInfoHandler : IRequestHandler
{
    public string MessageType => MessageTypes.CommInfoRequest;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        context.Reply(MessageTypes.CommInfoReply, new CommInfoReply(ReplyStatus.Ok, new JsonObject()));
        return Task.CompletedTask;
    }
}
