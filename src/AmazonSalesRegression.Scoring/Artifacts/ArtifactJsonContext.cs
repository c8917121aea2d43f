using System.Text.Json.Serialization;

namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>Source-generated JSON metadata of the artifact: camelCase names, every constructor parameter required, nullability respected.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow
)]
[JsonSerializable(typeof(ModelArtifact))]
internal sealed partial class ArtifactJsonContext : JsonSerializerContext;
