namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>Tests that change process-wide state (the console writers) and so must not run alongside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide state";
}
