using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring.Artifacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary><c>GET /version</c>: the served model's identity, holdout accuracy and feature schema.</summary>
internal static class VersionEndpoint
{
    /// <summary>Maps <c>GET /version</c>.</summary>
    public static RouteHandlerBuilder MapVersion(this IEndpointRouteBuilder app) =>
        app.MapGet("/version", Version).WithSummary("The served model's identity, holdout accuracy and feature schema.");

    private static Results<Ok<ModelVersion>, ModelNotReady> Version(ModelHolder holder) =>
        holder.Current is { } model ? TypedResults.Ok(Describe(model)) : ModelNotReady.Result;

    private static ModelVersion Describe(LoadedModel model)
    {
        var artifact = model.Artifact;
        return new ModelVersion(
            artifact.Name,
            artifact.Version,
            model.VersionLabel,
            model.Sha256,
            artifact.TrainedAt,
            artifact.Formula,
            model.Scorer.Level,
            [.. artifact.Features.Select(Schema)],
            artifact.Holdout
        );
    }

    private static FeatureSchema Schema(FeatureSpec spec) =>
        spec.Kind switch
        {
            FeatureKind.Number => new FeatureSchema(spec.Name, "number", null, spec.Min, spec.Max),
            FeatureKind.Category => new FeatureSchema(spec.Name, "category", spec.Categories, null, null),
            _ => new FeatureSchema(
                spec.Name,
                "date",
                null,
                DateOnly.FromDayNumber((int)spec.Min).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.FromDayNumber((int)spec.Max).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ),
        };

    /// <summary>The body of <c>GET /version</c>.</summary>
    internal sealed record ModelVersion(
        string Name,
        string Version,
        string ModelVersionLabel,
        string Sha256,
        DateTimeOffset TrainedAt,
        string Formula,
        double IntervalLevel,
        IReadOnlyList<FeatureSchema> Features,
        HoldoutReport Holdout
    );

    /// <summary>One feature: name, type (number, category or date), allowed categories, and the range that is not flagged.</summary>
    internal sealed record FeatureSchema(string Name, string Type, IReadOnlyList<string>? Categories, object? Min, object? Max);
}
