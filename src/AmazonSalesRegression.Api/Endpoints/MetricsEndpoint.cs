using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Api.Monitoring;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /metrics</c>: Prometheus text exposition (requests by route and status, latency histogram, predictions, drift).</summary>
internal static class MetricsEndpoint
{
    /// <summary>Maps <c>GET /metrics</c>.</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/metrics",
                (ServiceMetrics metrics, ModelHolder holder) =>
                    TypedResults.Text(PrometheusText.Write(metrics, holder), "text/plain; version=0.0.4; charset=utf-8")
            )
            .WithTags("Monitoring")
            .WithSummary("Prometheus text exposition: requests, latency, predictions and drift.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return app;
    }
}
