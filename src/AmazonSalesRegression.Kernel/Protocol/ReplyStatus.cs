namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>The <c>status</c> member of every reply.</summary>
internal static class ReplyStatus
{
    public const string Ok = "ok";
    public const string Error = "error";
    public const string Aborted = "aborted";
}
