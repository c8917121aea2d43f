using AmazonSalesRegression.Api.Hosting;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /drift</c>: PSI (and KS for numbers) of the recent window per feature and for the prediction, with a verdict.</summary>
internal static class DriftEndpoint
{
    /// <summary>Maps <c>GET /drift</c>.</summary>
    public static IEndpointRouteBuilder MapDrift(this IEndpointRouteBuilder app)
    {
        app.MapGet(
            "/drift",
            IResult (ModelHolder holder) => holder.Current is { } model ? TypedResults.Ok(model.Drift.Report()) : VersionEndpoint.NotReady()
        );
        return app;
    }
}
