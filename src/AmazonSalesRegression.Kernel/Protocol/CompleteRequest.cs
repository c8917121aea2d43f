namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>complete_request</c>; <paramref name="CursorPos"/> counts Unicode code points.</summary>
internal sealed record CompleteRequest(string Code, int CursorPos);
