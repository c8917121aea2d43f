namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>interrupt_reply</c>.</summary>
internal sealed record InterruptReply(string Status);
