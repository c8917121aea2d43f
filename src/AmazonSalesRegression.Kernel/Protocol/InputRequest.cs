namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of stdin <c>input_request</c>: the kernel asks the client for one line.</summary>
internal sealed record InputRequest(string Prompt, bool Password);
