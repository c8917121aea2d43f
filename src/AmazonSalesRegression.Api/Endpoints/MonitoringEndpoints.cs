namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>The routes that watch the service (tag <c>Monitoring</c>): <c>GET /metrics</c> and <c>GET /drift</c>.</summary>
internal static class MonitoringEndpoints
{
    /// <summary>Maps the monitoring routes.</summary>
    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder app)
    {
        var monitoring = app.MapGroup("").WithTags("Monitoring");
        monitoring.MapMetrics();
        monitoring.MapDrift();
        return app;
    }
}
