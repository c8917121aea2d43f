namespace AmazonSalesRegression.Api.Requests;

/// <summary>Limits that keep one request from monopolising the service.</summary>
internal static class RequestLimits
{
    /// <summary>Largest accepted body: 1 MiB (about 3,000 JSON instances).</summary>
    public const long MaxBodyBytes = 1 << 20;

    /// <summary>Most instances in one request.</summary>
    public const int MaxInstances = 1_000;
}
