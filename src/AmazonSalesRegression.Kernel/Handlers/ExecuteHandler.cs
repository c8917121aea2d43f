using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Runs a cell: <c>execute_input</c>, then the cell's streams and displays as they happen, then
/// <c>execute_result</c> or <c>error</c>, then <c>execute_reply</c>. A failed cell with <c>stop_on_error</c>
/// aborts the execute requests already queued. <c>silent</c> suppresses every iopub output and the history entry.
/// </summary>
internal sealed class ExecuteHandler(
    SessionHost sessions,
    ExecutionHistory history,
    StdinBroker stdin,
    RequestQueue queue,
    IKernelLogger logger
) : IRequestHandler
{
    public string MessageType => MessageTypes.ExecuteRequest;

    public bool UsesSession => true;

    public async Task HandleAsync(RequestContext context)
    {
        var request = context.Read<ExecuteRequest>();
        var output = new KernelCellOutput(context.Sender, context.Request, request.Silent, request.AllowStdin, stdin);

        // Jupyter counts only the requests that store history (silent forces store_history off).
        var counted = request.StoreHistory && !request.Silent;
        var result = await sessions
            .RunCellAsync(
                async (session, cellToken) =>
                {
                    if (!request.Silent)
                    {
                        context.Publish(
                            MessageTypes.ExecuteInput,
                            new ExecuteInputContent(request.Code, session.ExecutionCount + (counted ? 1 : 0))
                        );
                    }

                    try
                    {
                        return await session.ExecuteAsync(request.Code, output, counted, cellToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!context.Stopping.IsCancellationRequested)
                    {
                        logger.Log(KernelLogLevel.Error, $"The engine failed while running a cell: {ex}");
                        return new CellExecutionResult(session.ExecutionCount, null, new CellError(ex.GetType().Name, ex.Message, []));
                    }
                },
                context.Stopping
            )
            .ConfigureAwait(false);

        if (counted)
        {
            history.Add(result.ExecutionCount, request.Code);
        }

        if (result.Error is { } error)
        {
            ReportError(context, request, result.ExecutionCount, error);
            return;
        }

        if (result.Result is { } value && !request.Silent)
        {
            context.Publish(MessageTypes.ExecuteResult, new ExecuteResultContent(result.ExecutionCount, value.Data, value.Metadata));
        }

        context.Reply(MessageTypes.ExecuteReply, new ExecuteReply(ReplyStatus.Ok, result.ExecutionCount, [], []));
    }

    private void ReportError(RequestContext context, ExecuteRequest request, int executionCount, CellError error)
    {
        // Front ends render only the traceback, so it must never be empty.
        IReadOnlyList<string> traceback = error.Traceback.Count > 0 ? error.Traceback : [$"{error.Name}: {error.Value}"];
        if (!request.Silent)
        {
            context.Publish(MessageTypes.Error, new ErrorContent(error.Name, error.Value, traceback));
        }

        if (request.StopOnError)
        {
            queue.AbortQueued();
        }

        context.Reply(
            MessageTypes.ExecuteReply,
            new ExecuteReply(ReplyStatus.Error, executionCount, new JsonObject(), [], error.Name, error.Value, traceback)
        );
    }
}
