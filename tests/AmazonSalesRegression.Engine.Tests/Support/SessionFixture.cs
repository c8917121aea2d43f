namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>One warmed session shared by the tests of a class; tests use distinct variable names.</summary>
public sealed class SessionFixture : IAsyncLifetime
{
    public INotebookSession Session { get; } = NotebookSessions.Create(TestEngine.Options);

    public async Task<(CellExecutionResult Result, RecordingCellOutput Output)> RunAsync(
        string code,
        CancellationToken cancellationToken = default
    )
    {
        var output = new RecordingCellOutput();
        var result = await Session.ExecuteAsync(code, output, cancellationToken);
        return (result, output);
    }

    public Task InitializeAsync() => Session.WarmUpAsync(CancellationToken.None);

    public async Task DisposeAsync() => await Session.DisposeAsync();
}
