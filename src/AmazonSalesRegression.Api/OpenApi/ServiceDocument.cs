using Microsoft.OpenApi;

namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>The service's OpenAPI document, served at <c>/openapi/v1.json</c> by <c>MapOpenApi</c>.</summary>
internal static class ServiceDocument
{
    /// <summary>Registers the document and its title and description.</summary>
    public static IServiceCollection AddServiceDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
            options
                .AddSchemaTransformer(ProblemExtensions.DescribeAsync)
                .AddDocumentTransformer(
                    (document, _, _) =>
                    {
                        document.Info = new OpenApiInfo
                        {
                            Title = "Amazon sales demand prediction service",
                            Version = "v1",
                            Description =
                                "Daily units of one SKU (median with a prediction interval) from the production demand model. Every client "
                                + "error is application/problem+json; GET /version lists the features, their categories and training ranges.",
                        };
                        return Task.CompletedTask;
                    }
                )
        );
}
