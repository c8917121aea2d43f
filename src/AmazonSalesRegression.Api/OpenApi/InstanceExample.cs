using System.Globalization;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>An example request for the model being served: each number at its training median, each category's first value, the first training day.</summary>
internal static class InstanceExample
{
    /// <summary><c>{"instances":[{…}]}</c> with one typical instance.</summary>
    public static JsonNode Json(LoadedModel model)
    {
        var instance = new JsonObject();
        foreach (var spec in model.Artifact.Features)
        {
            instance[spec.Name] = spec.Kind == FeatureKind.Number ? JsonValue.Create(Median(model, spec)) : JsonValue.Create(Text(spec));
        }

        return new JsonObject { ["instances"] = new JsonArray(instance) };
    }

    /// <summary>The same instance as <c>text/csv</c> with a header row.</summary>
    public static JsonNode Csv(LoadedModel model)
    {
        var features = model.Artifact.Features;
        var row = features.Select(f =>
            f.Kind == FeatureKind.Number ? Median(model, f).ToString("R", CultureInfo.InvariantCulture) : Quoted(Text(f))
        );
        return JsonValue.Create(string.Join(',', features.Select(f => f.Name)) + "\n" + string.Join(',', row) + "\n");
    }

    private static double Median(LoadedModel model, FeatureSpec spec)
    {
        var reference = model.Artifact.Reference.Features.FirstOrDefault(r => r.Name == spec.Name);
        var k = reference is null ? -1 : reference.CdfValues.ToList().FindIndex(v => v >= 0.5);
        return k < 0 ? spec.Min : reference!.CdfPoints[k];
    }

    private static string Text(FeatureSpec spec) =>
        spec.Kind == FeatureKind.Category
            ? spec.Categories[0]
            : DateOnly.FromDayNumber((int)spec.Min).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quoted(string field) =>
        field.IndexOfAny([',', '"']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
