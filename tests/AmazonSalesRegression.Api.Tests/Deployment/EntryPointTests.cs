using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests.Deployment;

/// <summary>
/// Runs the built service with the container's arguments and settings (<c>serve</c> with <c>PORT</c> and
/// <c>MODEL_DIR</c> set, no <c>--urls</c>) on real Kestrel, and the <c>--healthcheck</c> mode against it. This is the
/// JIT build (<c>dotnet AmazonSalesRegression.Api.dll</c>); the image's native executable is run in
/// <c>Publishing/NativeServiceTests</c>.
/// </summary>
public sealed class EntryPointTests
{
    [Fact]
    public async Task The_entry_point_serves_on_PORT_from_MODEL_DIR_and_the_healthcheck_mode_probes_it()
    {
        // Given a model folder and a free loopback port
        var folder = Directory.CreateTempSubdirectory("asr-entry-").FullName;
        File.Copy(ServiceHost.CommittedModel, Path.Combine(folder, DemandModelFile.FileName));
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MODEL_DIR"] = folder,
            ["EMF_LOGS"] = "off",
        };

        // When the service starts with SageMaker's "serve" argument
        using var server = Start(["serve"], environment);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await WaitForPingAsync(client);
            var answer = await client.PostAsync("/invocations", new StringContent(Instances.Csv, Encoding.UTF8, "text/csv"));
            var healthy = await RunToEndAsync(["--healthcheck"], environment);

            // Then /ping answers 200 on PORT, /invocations predicts, and the probe exits 0
            Assert.True(ready, "the service did not answer /ping within 30 s");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("\"predictions\":[{", await answer.Content.ReadAsStringAsync());
            Assert.Equal(0, healthy);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        // And once the service is gone the probe fails
        Assert.Equal(1, await RunToEndAsync(["--healthcheck"], environment));
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

    private static Process Start(string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AmazonSalesRegression.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "MODEL_PATH", "URLS" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string[] arguments, Dictionary<string, string> environment)
    {
        using var process = Start(arguments, environment);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
