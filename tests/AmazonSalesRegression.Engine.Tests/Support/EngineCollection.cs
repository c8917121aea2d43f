namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>Test classes that share one warmed session (Roslyn's first compile is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<SessionFixture>
{
    public const string Name = "Shared notebook session";
}
