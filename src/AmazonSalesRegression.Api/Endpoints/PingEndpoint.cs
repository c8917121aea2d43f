using AmazonSalesRegression.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /ping</c>: 200 once the model is loaded and verified, 503 before (SageMaker, Lambda Web Adapter readiness, ECS/ALB health).</summary>
internal static class PingEndpoint
{
    /// <summary>Maps <c>GET /ping</c>.</summary>
    public static RouteHandlerBuilder MapPing(this IEndpointRouteBuilder app) =>
        app.MapGet("/ping", Ping)
            .WithSummary("Readiness: 200 once the model is loaded and verified, 503 before.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");

    private static Results<ContentHttpResult, ModelNotReady> Ping(ModelHolder holder) =>
        holder.Current is { } model ? TypedResults.Text($"ok {model.VersionLabel}\n") : ModelNotReady.Result;
}
