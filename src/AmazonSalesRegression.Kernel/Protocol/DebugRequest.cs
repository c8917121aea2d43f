namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>The part of <c>debug_request</c> (a Debug Adapter Protocol request) needed to answer it.</summary>
internal sealed record DebugRequest(int Seq = 0, string Command = "");
