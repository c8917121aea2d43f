namespace AmazonSalesRegression.Api.Hosting;

/// <summary>The <c>--healthcheck</c> mode: GET <c>/ping</c> on the local port and exit 0 on 200, 1 otherwise.</summary>
internal static class HealthCheck
{
    /// <summary>Probes the service on 127.0.0.1 at <c>PORT</c> (default 8080) with a 3-second timeout.</summary>
    public static async Task<int> RunAsync(ServiceSettings settings)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings.HostArguments).Build();
        var port = ServiceSettings.Port(configuration);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/ping"));
            await Console.Out.WriteLineAsync($"healthcheck: /ping answered {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"healthcheck: /ping on port {port} failed: {e.Message}");
            return 1;
        }
    }
}
