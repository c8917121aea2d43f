namespace AmazonSalesRegression.Api.Tests.Publishing;

/// <summary>
/// The tests of the Native AOT publish share one <see cref="AotPublish"/>; they run alone, after the others, so that the
/// compiler's load does not slow the tests that wait on a service.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AotPublishCollection : ICollectionFixture<AotPublish>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Native AOT publish";
}
