namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of a reply to a request that was not run (status <c>aborted</c>), as ipykernel sends after a failed cell.</summary>
internal sealed record AbortedReply(string Status);
