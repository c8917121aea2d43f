namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>shutdown_request</c>: whether a restart follows.</summary>
internal sealed record ShutdownRequest(bool Restart = false);
