namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>inspect_request</c>; <paramref name="CursorPos"/> counts Unicode code points.</summary>
internal sealed record InspectRequest(string Code, int CursorPos, int DetailLevel = 0);
