namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>An <c>input_request</c> waiting for its <c>input_reply</c>: the request's id and the answer to complete.</summary>
internal sealed record PendingInput(string MsgId, TaskCompletionSource<string> Answer);
