using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Answers <c>is_complete_request</c>; the indent is sent only when the code is incomplete, as the spec says.</summary>
internal sealed class IsCompleteHandler(SessionHost sessions) : IRequestHandler
{
    public string MessageType => MessageTypes.IsCompleteRequest;

    public bool UsesSession => true;

    public async Task HandleAsync(RequestContext context)
    {
        var request = context.Read<IsCompleteRequest>();
        var verdict = await sessions
            .UseAsync(session => Task.FromResult(session.IsComplete(request.Code)), context.Stopping)
            .ConfigureAwait(false);
        var indent = verdict.Status == "incomplete" ? verdict.Indent : null;
        context.Reply(MessageTypes.IsCompleteReply, new IsCompleteReply(verdict.Status, indent));
    }
}
