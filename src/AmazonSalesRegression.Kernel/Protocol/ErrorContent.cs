namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of iopub <c>error</c>: a failed cell, as the notebook will store it.</summary>
internal sealed record ErrorContent(string Ename, string Evalue, IReadOnlyList<string> Traceback);
