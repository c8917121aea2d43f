using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests.Publishing;

[Collection(AotPublishCollection.Name)]
public sealed class NativeServiceTests(AotPublish publish)
{
    [Fact]
    public async Task The_native_executable_serves_ping_and_predict_from_MODEL_PATH_and_rejects_a_bad_body()
    {
        // Given the native executable, the committed model and a free loopback port
        Assert.True(File.Exists(publish.Executable), publish.Log);
        var port = LoopbackPort.Free();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // When it runs with PORT and MODEL_PATH set and is asked to predict, once well and once with a bad body
        using var service = Start(port);
        try
        {
            var ready = await WaitForPingAsync(client);
            var good = await client.PostAsync("/predict", Json(Instances.Body(Instances.Valid())));
            var bad = await client.PostAsync("/predict", Json("{\"rows\":[]}"));

            // Then /ping answers 200, the prediction 200 with one prediction, and the bad body a 4xx
            Assert.True(ready, "the native service did not answer /ping within 30 s");
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
            Assert.Contains("\"predictions\":[{\"value\":", await good.Content.ReadAsStringAsync());
            Assert.InRange((int)bad.StatusCode, 400, 499);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Process Start(int port)
    {
        var start = new ProcessStartInfo(publish.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "MODEL_DIR", "URLS" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["MODEL_PATH"] = DemandModelFile.InModelsFolder(Repository.Root);
        start.Environment["EMF_LOGS"] = "off";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> WaitForPingAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/ping")).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }
}
