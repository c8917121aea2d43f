namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of stdin <c>input_reply</c>: the line the user typed.</summary>
internal sealed record InputReply(string Value);
