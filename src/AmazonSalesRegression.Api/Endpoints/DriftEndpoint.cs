using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring.Drift;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /drift</c>: PSI (and KS for numbers) of the recent window per feature and for the prediction, with a verdict.</summary>
internal static class DriftEndpoint
{
    /// <summary>Maps <c>GET /drift</c>.</summary>
    public static IEndpointRouteBuilder MapDrift(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/drift",
                Results<Ok<DriftReport>, ProblemHttpResult> (ModelHolder holder) =>
                    holder.Current is { } model ? TypedResults.Ok(model.Drift.Report()) : VersionEndpoint.NotReady()
            )
            .WithTags("Monitoring")
            .WithSummary("Drift of the recent predictions' inputs and outputs against the training reference.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
