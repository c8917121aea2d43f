using System.Text.Json.Serialization;

namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>The kind of a raw model input, as the artifact and the prediction service describe it.</summary>
public enum FeatureKind
{
    /// <summary>A real number (flags are numbers 0/1).</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>A label from a fixed set of categories seen in training.</summary>
    [JsonStringEnumMemberName("category")]
    Category,

    /// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
    [JsonStringEnumMemberName("date")]
    Date,
}
