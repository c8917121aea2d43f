namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>is_complete_request</c>.</summary>
internal sealed record IsCompleteRequest(string Code);
