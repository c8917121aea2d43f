namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of any reply with status <c>error</c>: the spec's generic error shape.</summary>
internal sealed record ErrorReply(string Status, string Ename, string Evalue, IReadOnlyList<string> Traceback);
