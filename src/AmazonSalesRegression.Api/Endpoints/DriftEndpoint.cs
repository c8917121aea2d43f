using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring.Drift;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /drift</c>: PSI (and KS for numbers) of the recent window per feature and for the prediction, with a verdict.</summary>
internal static class DriftEndpoint
{
    /// <summary>Maps <c>GET /drift</c>.</summary>
    public static RouteHandlerBuilder MapDrift(this IEndpointRouteBuilder app) =>
        app.MapGet("/drift", Drift).WithSummary("Drift of the recent predictions' inputs and outputs against the training reference.");

    private static Results<Ok<DriftReport>, ModelNotReady> Drift(ModelHolder holder) =>
        holder.Current is { } model ? TypedResults.Ok(model.Drift.Report()) : ModelNotReady.Result;
}
