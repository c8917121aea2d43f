using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Answers <c>complete_request</c> from the session's completions, converting cursor offsets to and from code points.</summary>
internal sealed class CompleteHandler(SessionHost sessions) : IRequestHandler
{
    public string MessageType => MessageTypes.CompleteRequest;

    public bool UsesSession => true;

    public async Task HandleAsync(RequestContext context)
    {
        var request = context.Read<CompleteRequest>();
        var cursor = CodePointOffsets.ToUtf16(request.Code, request.CursorPos);
        var completion = await sessions
            .UseAsync(session => session.CompleteAsync(request.Code, cursor, context.Stopping), context.Stopping)
            .ConfigureAwait(false);
        context.Reply(
            MessageTypes.CompleteReply,
            new CompleteReply(
                ReplyStatus.Ok,
                completion.Matches,
                CodePointOffsets.ToCodePoints(request.Code, completion.CursorStart),
                CodePointOffsets.ToCodePoints(request.Code, completion.CursorEnd),
                []
            )
        );
    }
}
