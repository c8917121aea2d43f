using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Api.Tests;

public sealed class OpenApiDocumentTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task The_document_describes_json_and_csv_bodies_the_200_schema_and_the_problems_of_both_prediction_paths()
    {
        // Given the service
        // When its OpenAPI document is fetched
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");

        // Then both prediction paths take JSON and CSV, answer a 200 schema and problem+json for 400, 413, 415 and 422
        foreach (var path in new[] { "/predict", "/invocations" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            var content = post.GetProperty("requestBody").GetProperty("content");
            Assert.True(content.TryGetProperty("application/json", out var json), path);
            Assert.True(content.TryGetProperty("text/csv", out _), path);
            Assert.Equal(JsonValueKind.Object, json.GetProperty("example").ValueKind);
            var ok = Resolve(
                document,
                post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            );
            Assert.Contains("predictions", Properties(ok));
            foreach (var status in new[] { "400", "413", "415", "422" })
            {
                var problem = post.GetProperty("responses")
                    .GetProperty(status)
                    .GetProperty("content")
                    .GetProperty("application/problem+json");
                Assert.Contains("detail", Properties(Resolve(document, problem)));
            }
        }

        Assert.All(new[] { "/ping", "/version", "/metrics", "/drift" }, p => Assert.True(paths.TryGetProperty(p, out _), p));
    }

    [Theory]
    [InlineData("/ping", "get")]
    [InlineData("/version", "get")]
    [InlineData("/drift", "get")]
    [InlineData("/predict", "post")]
    [InlineData("/invocations", "post")]
    public async Task Every_endpoint_that_needs_a_model_documents_its_503_problem(string path, string method)
    {
        // Given the service
        // When its OpenAPI document is fetched
        using var document = await DocumentAsync();
        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        // Then the endpoint's 503 is documented as problem+json with the problem's members
        var problem = responses.GetProperty("503").GetProperty("content").GetProperty("application/problem+json");
        Assert.Superset(new HashSet<string> { "title", "status", "detail" }, Properties(Resolve(document, problem)));
    }

    [Fact]
    public async Task A_real_prediction_of_the_documented_example_has_exactly_the_documented_properties()
    {
        // Given the document's JSON example and the 200 schema
        using var document = await DocumentAsync();
        var post = document.RootElement.GetProperty("paths").GetProperty("/predict").GetProperty("post");
        var example = post.GetProperty("requestBody")
            .GetProperty("content")
            .GetProperty("application/json")
            .GetProperty("example")
            .GetRawText();
        var body = Resolve(
            document,
            post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
        );
        var item = Resolve(document, body.GetProperty("properties").GetProperty("predictions").GetProperty("items"));

        // When the example is posted
        var response = await service.Client.PostAsync("/predict", new StringContent(example, Encoding.UTF8, "application/json"));
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then it is predicted, and the answer and its prediction carry exactly the schemas' properties, the required ones included
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertMatches(body, answer.RootElement);
        AssertMatches(item, Assert.Single(answer.RootElement.GetProperty("predictions").EnumerateArray()));
    }

    [Fact]
    public async Task The_documented_csv_example_is_predicted_on_invocations()
    {
        // Given the document's CSV example
        using var document = await DocumentAsync();
        var csv = document
            .RootElement.GetProperty("paths")
            .GetProperty("/invocations")
            .GetProperty("post")
            .GetProperty("requestBody")
            .GetProperty("content")
            .GetProperty("text/csv")
            .GetProperty("example")
            .GetString()!;

        // When it is posted
        var response = await service.Client.PostAsync("/invocations", new StringContent(csv, Encoding.UTF8, "text/csv"));

        // Then one prediction comes back
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, answer.RootElement.GetProperty("predictions").GetArrayLength());
    }

    [Fact]
    public async Task A_real_422_has_the_documented_problem_shape()
    {
        // Given the document's example with a flag of 2, and the documented 422 schema
        using var document = await DocumentAsync();
        var post = document.RootElement.GetProperty("paths").GetProperty("/predict").GetProperty("post");
        var example = JsonNode.Parse(
            post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetRawText()
        )!;
        example["instances"]![0]!["bfcm"] = 2;
        var schema = Resolve(
            document,
            post.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json")
        );

        // When it is posted
        var response = await service.Client.PostAsync(
            "/predict",
            new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json")
        );
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then it is a 422 problem+json whose every member is documented, naming the instance and the feature
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var members = problem.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Subset(Properties(schema), members.ToHashSet());
        Assert.Superset(new HashSet<string> { "type", "title", "status", "detail", "instanceIndex", "features" }, members.ToHashSet());
        Assert.Equal(["bfcm"], problem.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        var response = await service.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The schema of a media type or property, following a <c>$ref</c> into the document's components.</summary>
    private static JsonElement Resolve(JsonDocument document, JsonElement element)
    {
        var schema = element.TryGetProperty("schema", out var inner) ? inner : element;
        return schema.TryGetProperty("$ref", out var reference)
            ? document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
    }

    private static HashSet<string> Properties(JsonElement schema) =>
        [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static void AssertMatches(JsonElement schema, JsonElement value)
    {
        var names = value.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(Properties(schema), names);
        Assert.Subset(names, schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToHashSet());
    }
}
