namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of iopub <c>execute_input</c>: the code being run, broadcast to every client.</summary>
internal sealed record ExecuteInputContent(string Code, int ExecutionCount);
