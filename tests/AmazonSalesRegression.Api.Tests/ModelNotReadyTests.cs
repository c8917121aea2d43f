using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests;

public sealed class ModelNotReadyTests
{
    [Fact]
    public async Task Every_endpoint_that_needs_a_model_gives_the_same_503_problem_without_one()
    {
        // Given a service whose model file does not exist
        var folder = Directory.CreateTempSubdirectory("asr-notready-").FullName;
        using var host = new ServiceHost(Path.Combine(folder, DemandModelFile.FileName));
        var client = host.CreateClient();
        var body = Instances.Body(Instances.Valid());

        // When every model-dependent endpoint is called
        var responses = new[]
        {
            await client.GetAsync("/ping"),
            await client.GetAsync("/version"),
            await client.GetAsync("/drift"),
            await client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json")),
            await client.PostAsync("/invocations", new StringContent(Instances.Csv, Encoding.UTF8, "text/csv")),
        };

        // Then each answers 503 problem+json with the same body (the request's trace id aside) and no model version
        var problems = new List<string>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("none", Assert.Single(response.Headers.GetValues("X-Model-Version")));
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.NotNull(problem["traceId"]);
            problem.Remove("traceId");
            problems.Add(problem.ToJsonString());
        }

        Assert.Single(problems.Distinct());
        var only = JsonNode.Parse(problems[0])!;
        Assert.Equal(503, only["status"]!.GetValue<int>());
        Assert.Equal("Model not ready", only["title"]!.GetValue<string>());
    }
}
