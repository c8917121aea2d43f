using AmazonSalesRegression.Api.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /metrics</c>: Prometheus text exposition (requests by route and status, latency histogram, predictions, drift).</summary>
internal static class MetricsEndpoint
{
    /// <summary>The content type of the Prometheus text exposition format 0.0.4.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Maps <c>GET /metrics</c>.</summary>
    public static RouteHandlerBuilder MapMetrics(this IEndpointRouteBuilder app) =>
        app.MapGet("/metrics", Metrics)
            .WithSummary("Prometheus text exposition: requests, latency, predictions and drift.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");

    private static PushStreamHttpResult Metrics(ServiceMetrics metrics, CancellationToken cancellation) =>
        TypedResults.Stream(output => metrics.ExportAsync(output, cancellation), ContentType);
}
