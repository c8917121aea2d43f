namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>shutdown_reply</c>, sent on the request's channel and published on iopub.</summary>
internal sealed record ShutdownReply(string Status, bool Restart);
