namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>The part of <c>comm_open</c> the kernel reads: which comm to refuse, and for which target.</summary>
internal sealed record CommOpen(string CommId, string TargetName);
