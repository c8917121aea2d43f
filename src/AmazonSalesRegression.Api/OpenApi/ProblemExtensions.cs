using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>Adds the members the service's problem+json answers carry beyond RFC 9457's to the <c>ProblemDetails</c> schema.</summary>
internal static class ProblemExtensions
{
    /// <summary>A schema transformer: <c>traceId</c> always, <c>instanceIndex</c> and <c>features</c> when the error is in an instance.</summary>
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
    {
        if (context.JsonTypeInfo.Type == typeof(ProblemDetails) && schema.Properties is { } properties)
        {
            properties["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The request's W3C trace id, for the logs.",
            };
            properties["instanceIndex"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Description = "The index (0-based) of the instance at fault; for CSV, data row k is instance k − 1.",
            };
            properties["features"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = "The features at fault (with instanceIndex); empty when the instance as a whole is.",
            };
        }

        return Task.CompletedTask;
    }
}
