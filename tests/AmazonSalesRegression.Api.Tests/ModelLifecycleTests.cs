using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests;

public sealed class ModelLifecycleTests
{
    [Fact]
    public async Task Ping_answers_503_until_the_model_file_appears_then_200()
    {
        // Given a service whose model file does not exist yet
        var folder = Directory.CreateTempSubdirectory("asr-late-").FullName;
        var path = Path.Combine(folder, DemandModelFile.FileName);
        using var host = new ServiceHost(path);
        var client = host.CreateClient();

        // When /ping and /predict are called, then the file is copied in
        var before = await client.GetAsync("/ping");
        var predict = await client.PostAsync(
            "/predict",
            new StringContent(Instances.Body(Instances.Valid()), Encoding.UTF8, "application/json")
        );
        File.Copy(ServiceHost.CommittedModel, path);
        var after = await host.ReadyClientAsync();

        // Then the service was not ready (503 problem) and becomes ready without a restart
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Equal("application/problem+json", predict.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/ping")).StatusCode);
    }

    [Fact]
    public async Task Replacing_the_model_file_swaps_models_atomically_under_load()
    {
        // Given a service under steady prediction load and a retrained artifact with another identity
        using var host = new ServiceHost();
        var client = await host.ReadyClientAsync();
        var old = ModelArtifactFile.Read(host.ModelPath);
        var retrained = old.Artifact with { TrainedAt = old.Artifact.TrainedAt.AddDays(1), Version = "1.0.1" };
        var versions = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable
            .Range(0, 4)
            .Select(_ =>
                Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var response = await client.PostAsync(
                            "/predict",
                            new StringContent(Instances.Body(Instances.Valid()), Encoding.UTF8, "application/json")
                        );
                        var body = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Add(response.StatusCode);
                        }

                        var header = response.Headers.GetValues("X-Model-Version").Single();
                        Assert.Contains($"\"modelVersion\":\"{header}\"", body);
                        versions.Add(header);
                    }
                })
            )
            .ToArray();

        // When the file is replaced (atomically, by rename) while requests run
        await Task.Delay(300);
        var sha = ModelArtifactFile.Write(retrained, host.ModelPath);
        var newLabel = $"1.0.1+{sha[..12]}";
        for (var i = 0; i < 100 && !versions.Contains(newLabel); i++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(200);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var metrics = await client.GetStringAsync("/metrics");

        // Then no request failed, every answer came from one whole model, and the new model took over, in the metrics too
        Assert.Empty(failures);
        Assert.Equal([$"1.0.0+{old.ContentSha256[..12]}", newLabel], versions.Distinct().Order(StringComparer.Ordinal));
        Assert.Contains($"model_loaded{{name=\"amazon-sales-demand\",version=\"{newLabel}\",sha256=\"{sha}\"}} 1\n", metrics);
        Assert.DoesNotContain(old.ContentSha256, metrics);
        Assert.Contains("model_loads_total 2\n", metrics);
    }

    [Fact]
    public async Task A_corrupt_replacement_is_rejected_and_the_previous_model_keeps_serving()
    {
        // Given a serving model
        using var host = new ServiceHost();
        var client = await host.ReadyClientAsync();
        var before = (await client.GetAsync("/ping")).Headers.GetValues("X-Model-Version").Single();

        // When the file is overwritten with a tampered copy
        var text = await File.ReadAllTextAsync(host.ModelPath);
        await File.WriteAllTextAsync(
            host.ModelPath,
            text.Replace("\"version\": \"1.0.0\"", "\"version\": \"6.6.6\"", StringComparison.Ordinal)
        );
        var refused = await host.Logs.WaitForAsync("model file rejected", TimeSpan.FromSeconds(10));

        // Then the service saw the new file and refused it, and still answers with the old model
        Assert.True(refused, "the service never reported the tampered file: " + string.Join(" | ", host.Logs.Messages));
        var after = await client.GetAsync("/ping");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(before, after.Headers.GetValues("X-Model-Version").Single());
    }
}
