using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>
/// Seeded fuzzing of the prediction endpoints (fixed replay seeds, so every run posts the same requests): whatever
/// arrives, the service answers 200 with finite numbers or a 4xx problem+json, never a 5xx.
/// </summary>
public sealed class InputBoundaryProperties(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Property(MaxTest = 1000, Replay = "(20250115,1013)")]
    public Property Instances_with_extreme_or_malformed_values_get_finite_predictions_or_a_problem() =>
        // Given instances of the right shape with values from the edges (as JSON or CSV, to either path)
        // When each request is posted
        // Then the answer is 200 with finite numbers or a 4xx problem+json
        Prop.ForAll(InstanceGen.Posts(), async post => await ResponseContract.AssertHoldsAsync(await post.SendAsync(service.Client), post));

    [Property(MaxTest = 1000, Replay = "(20250116,2027)")]
    public Property Raw_bodies_and_content_types_get_a_problem_never_a_server_error() =>
        // Given arbitrary bodies (truncated, mutated, random text or bytes, wrong shapes, too large, empty) and content types
        // When each is posted
        // Then the answer is 200 with finite numbers or a 4xx problem+json
        Prop.ForAll(BodyGen.Posts(), async post => await ResponseContract.AssertHoldsAsync(await post.SendAsync(service.Client), post));
}
