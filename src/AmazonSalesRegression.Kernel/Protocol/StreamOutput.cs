namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of iopub <c>stream</c>: text written to <c>stdout</c> or <c>stderr</c>.</summary>
internal sealed record StreamOutput(string Name, string Text);
