using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Answers <c>history_request</c> from the in-memory history (<c>tail</c>, <c>range</c>, <c>search</c>).
/// Outputs are not kept, so entries are always <c>[session, line, input]</c>; an unknown access type gets an empty history.
/// </summary>
internal sealed class HistoryHandler(ExecutionHistory history, IKernelLogger logger) : IRequestHandler
{
    public string MessageType => MessageTypes.HistoryRequest;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        var request = context.Read<HistoryRequest>();
        var entries = request.HistAccessType switch
        {
            "tail" => history.Tail(request.N),
            "range" => history.Range(request.Session ?? 0, request.Start, request.Stop),
            "search" => history.Search(request.Pattern ?? "*", request.N, request.Unique),
            _ => Unknown(request.HistAccessType),
        };
        var rows = entries.Select(e => new JsonArray(e.Session, e.Line, e.Input)).ToArray();
        context.Reply(MessageTypes.HistoryReply, new HistoryReply(ReplyStatus.Ok, rows));
        return Task.CompletedTask;
    }

    private IReadOnlyList<HistoryEntry> Unknown(string accessType)
    {
        logger.Log(KernelLogLevel.Warning, $"Unknown history access type '{accessType}'; answered with an empty history.");
        return [];
    }
}
