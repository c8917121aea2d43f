using System.Net;
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
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "AmazonSalesRegression.Api.dll");

    [Fact]
    public async Task The_entry_point_serves_on_PORT_from_MODEL_DIR_and_the_healthcheck_mode_probes_it()
    {
        // Given a model folder
        var folder = Directory.CreateTempSubdirectory("asr-entry-").FullName;
        File.Copy(ServiceHost.CommittedModel, Path.Combine(folder, DemandModelFile.FileName));
        var environment = new Dictionary<string, string> { ["MODEL_DIR"] = folder, ["EMF_LOGS"] = "off" };

        // When the service starts with SageMaker's "serve" argument on a free port
        IReadOnlyDictionary<string, string> probe;
        await using (var service = ServiceProcess.Start("dotnet", [Dll, "serve"], environment))
        {
            probe = ServiceProcess.WithPort(environment, service.Port);
            var ready = await service.WaitUntilReadyAsync();
            var answer = await service.Client.PostAsync("/invocations", new StringContent(Instances.Csv, Encoding.UTF8, "text/csv"));
            var healthy = await ServiceProcess.RunToEndAsync("dotnet", [Dll, "--healthcheck"], probe);

            // Then /ping answers 200 on PORT, /invocations predicts, and the probe exits 0
            Assert.True(ready, "the service did not answer /ping within 30 s");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("\"predictions\":[{", await answer.Content.ReadAsStringAsync());
            Assert.Equal(0, healthy);
        }

        // And once the service is gone the probe fails
        Assert.Equal(1, await ServiceProcess.RunToEndAsync("dotnet", [Dll, "--healthcheck"], probe));
    }
}
