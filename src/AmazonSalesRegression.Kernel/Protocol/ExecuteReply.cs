using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>
/// Content of <c>execute_reply</c> with status <c>ok</c> or <c>error</c>; the error members are present only for <c>error</c>.
/// <c>user_expressions</c> is always empty and <c>payload</c> always empty (both deprecated features).
/// </summary>
internal sealed record ExecuteReply(
    string Status,
    int ExecutionCount,
    JsonObject UserExpressions,
    JsonArray Payload,
    string? Ename = null,
    string? Evalue = null,
    IReadOnlyList<string>? Traceback = null
);
