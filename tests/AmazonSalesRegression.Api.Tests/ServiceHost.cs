using AmazonSalesRegression.Scoring.Artifacts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>The service in memory (WebApplicationFactory) serving a private copy of the committed model.</summary>
internal sealed class ServiceHost : WebApplicationFactory<Program>
{
    public ServiceHost(string? modelPath = null)
    {
        Folder = Directory.CreateTempSubdirectory("asr-api-").FullName;
        ModelPath = modelPath ?? Path.Combine(Folder, DemandModelFile.FileName);
        if (modelPath is null)
        {
            File.Copy(CommittedModel, ModelPath);
        }
    }

    public static string Root { get; } = Repository.Root;

    public static string CommittedModel { get; } = DemandModelFile.InModelsFolder(Root);

    public string Folder { get; }

    public string ModelPath { get; }

    /// <summary>What the service logged.</summary>
    public CollectedLogs Logs { get; } = new();

    /// <summary>A client once <c>/ping</c> answers 200 (or after 20 s).</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 200 && !(await client.GetAsync("/ping")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MODEL_PATH", ModelPath);
        builder.UseSetting("EMF_LOGS", "off");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder; the temp folder is cleaned by the system.
        }
    }
}
