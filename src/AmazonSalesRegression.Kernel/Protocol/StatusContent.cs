namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of the iopub <c>status</c> message: <c>starting</c>, <c>busy</c> or <c>idle</c>.</summary>
internal sealed record StatusContent(string ExecutionState)
{
    public static readonly StatusContent Starting = new("starting");
    public static readonly StatusContent Busy = new("busy");
    public static readonly StatusContent Idle = new("idle");
}
