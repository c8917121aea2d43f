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
        // Given the native executable and the committed model
        Assert.True(File.Exists(publish.Executable), publish.Log);
        var environment = new Dictionary<string, string>
        {
            ["MODEL_PATH"] = DemandModelFile.InModelsFolder(Repository.Root),
            ["EMF_LOGS"] = "off",
        };

        // When it runs on a free port and is asked to predict, once well and once with a bad body
        await using var service = ServiceProcess.Start(publish.Executable, [], environment);
        var ready = await service.WaitUntilReadyAsync();
        var good = await service.Client.PostAsync("/predict", Json(Instances.Body(Instances.Valid())));
        var bad = await service.Client.PostAsync("/predict", Json("{\"rows\":[]}"));

        // Then /ping answers 200, the prediction 200 with one prediction, and the bad body a 4xx
        Assert.True(ready, "the native service did not answer /ping within 30 s");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("\"predictions\":[{\"value\":", await good.Content.ReadAsStringAsync());
        Assert.InRange((int)bad.StatusCode, 400, 499);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
