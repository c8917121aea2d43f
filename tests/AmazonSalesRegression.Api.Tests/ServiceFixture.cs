namespace AmazonSalesRegression.Api.Tests;

/// <summary>One ready in-process service shared by the tests of a class (the property tests post hundreds of bodies to it).</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private readonly ServiceHost _host = new();

    /// <summary>A client of the service, once <c>/ping</c> answers 200.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await _host.ReadyClientAsync();

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }
}
