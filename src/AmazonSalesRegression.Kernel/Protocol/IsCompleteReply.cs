namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>is_complete_reply</c>; <c>indent</c> is sent only with status <c>incomplete</c>.</summary>
internal sealed record IsCompleteReply(string Status, string? Indent);
