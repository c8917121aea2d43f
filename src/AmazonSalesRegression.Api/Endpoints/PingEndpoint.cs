using AmazonSalesRegression.Api.Hosting;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /ping</c>: 200 once the model is loaded and verified, 503 before (SageMaker, Lambda Web Adapter readiness, ECS/ALB health).</summary>
internal static class PingEndpoint
{
    /// <summary>Maps <c>GET /ping</c>.</summary>
    public static IEndpointRouteBuilder MapPing(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/ping",
                IResult (ModelHolder holder) =>
                    holder.Current is { } model
                        ? TypedResults.Text($"ok {model.VersionLabel}\n")
                        : TypedResults.Problem(
                            "the model is not loaded yet.",
                            statusCode: StatusCodes.Status503ServiceUnavailable,
                            title: "Model not ready"
                        )
            )
            .WithTags("Model")
            .WithSummary("Readiness: 200 once the model is loaded and verified, 503 before.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
