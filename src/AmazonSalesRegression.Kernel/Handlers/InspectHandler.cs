using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Answers <c>inspect_request</c> with the session's documentation of the symbol at the cursor.</summary>
internal sealed class InspectHandler(SessionHost sessions) : IRequestHandler
{
    public string MessageType => MessageTypes.InspectRequest;

    public bool UsesSession => true;

    public async Task HandleAsync(RequestContext context)
    {
        var request = context.Read<InspectRequest>();
        var cursor = CodePointOffsets.ToUtf16(request.Code, request.CursorPos);
        var found = await sessions
            .UseAsync(session => session.InspectAsync(request.Code, cursor, request.DetailLevel, context.Stopping), context.Stopping)
            .ConfigureAwait(false);
        context.Reply(
            MessageTypes.InspectReply,
            found is null
                ? new InspectReply(ReplyStatus.Ok, false, new Dictionary<string, JsonNode>(), [])
                : new InspectReply(ReplyStatus.Ok, true, found.Data, found.Metadata)
        );
    }
}
