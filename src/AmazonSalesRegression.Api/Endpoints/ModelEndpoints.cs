namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>The routes about the served model (tag <c>Model</c>): <c>GET /ping</c> and <c>GET /version</c>.</summary>
internal static class ModelEndpoints
{
    /// <summary>Maps the model's routes.</summary>
    public static IEndpointRouteBuilder MapModel(this IEndpointRouteBuilder app)
    {
        var model = app.MapGroup("").WithTags("Model");
        model.MapPing();
        model.MapVersion();
        return app;
    }
}
