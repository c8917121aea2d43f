using System.Globalization;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Api.Requests;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;
using Microsoft.OpenApi;

namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>The JSON schema of <c>{"instances":[…]}</c> for the model being served: every feature required, with its type, categories and training range.</summary>
internal static class InstanceSchema
{
    /// <summary>The request body's schema; before a model is loaded, instances are any objects.</summary>
    public static OpenApiSchema JsonBody(LoadedModel? model) =>
        new()
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "instances" },
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["instances"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MinItems = 1,
                    MaxItems = RequestLimits.MaxInstances,
                    Items = model is null ? new OpenApiSchema { Type = JsonSchemaType.Object } : Instance(model.Scorer),
                },
            },
        };

    private static OpenApiSchema Instance(DemandScorer scorer) =>
        new()
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(scorer.Features.Select(f => f.Name)),
            AdditionalPropertiesAllowed = false,
            Properties = scorer
                .Features.Select((f, i) => (f.Name, Schema: (IOpenApiSchema)Feature(scorer, f, i)))
                .ToDictionary(p => p.Name, p => p.Schema),
        };

    private static OpenApiSchema Feature(DemandScorer scorer, FeatureSpec spec, int index) =>
        spec.Kind switch
        {
            FeatureKind.Category => new()
            {
                Type = JsonSchemaType.String,
                Enum = [.. spec.Categories.Select(c => (JsonNode)JsonValue.Create(c))],
            },
            FeatureKind.Date => new()
            {
                Type = JsonSchemaType.String,
                Format = "date",
                Description = $"Training range {Day(spec.Min)} to {Day(spec.Max)}; other days are scored and flagged in outOfRange.",
            },
            _ when scorer.IsFlag(index) => new()
            {
                Type = JsonSchemaType.Number | JsonSchemaType.Boolean,
                Description = "A 0/1 flag (true/false also read as 1/0); any other value is refused with 422.",
            },
            _ => new()
            {
                Type = JsonSchemaType.Number,
                Description =
                    $"Training range {Number(spec.Min)} to {Number(spec.Max)}; other values are scored and flagged in outOfRange.",
            },
        };

    private static string Day(double dayNumber) =>
        DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
