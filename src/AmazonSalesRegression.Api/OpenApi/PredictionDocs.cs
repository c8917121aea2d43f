using AmazonSalesRegression.Api.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>
/// What the OpenAPI document says about the prediction endpoints: the JSON and CSV request bodies (their schema and an
/// example built from the model being served), the 200 body, and the problem+json answers to client mistakes (the 503
/// of a service without a model documents itself, see <c>ModelNotReady</c>).
/// </summary>
internal static class PredictionDocs
{
    /// <summary>Describes a prediction endpoint.</summary>
    public static RouteHandlerBuilder WithPredictionDocs(this RouteHandlerBuilder endpoint, string summary) =>
        endpoint
            .WithSummary(summary)
            .WithDescription(
                "Scores up to 1,000 instances (1 MiB). A 0/1 flag other than 0 or 1, a value a transform cannot take (the log of a price ≤ 0), "
                    + "or a prediction that would overflow is refused with 422 naming the instance (instanceIndex) and the features; a value "
                    + "outside its training range is scored and listed in outOfRange."
            )
            .Produces<PredictResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer(DescribeRequestBody);

    private static Task DescribeRequestBody(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellation
    )
    {
        var model = context.ApplicationServices.GetRequiredService<ModelHolder>().Current;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The instances: JSON, or text/csv with a header row naming every feature once (SageMaker's format).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = InstanceSchema.JsonBody(model),
                    Example = model is null ? null : InstanceExample.Json(model),
                },
                ["text/csv"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "A header row with every feature's name, then one row per instance; fields may be quoted with \".",
                    },
                    Example = model is null ? null : InstanceExample.Csv(model),
                },
            },
        };
        return Task.CompletedTask;
    }
}
