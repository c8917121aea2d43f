using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Api.Tests;

public sealed class BadInputTests : IAsyncLifetime
{
    private readonly ServiceHost _host = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _host.ReadyClientAsync();

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, string, int> Barrage()
    {
        static string With(Action<JsonObject> change)
        {
            var instance = Instances.Valid();
            change(instance);
            return Instances.Body(instance);
        }

        var json = "application/json";
        return new TheoryData<string, string, string, int>
        {
            { "malformed JSON", "{\"instances\": [", json, 400 },
            { "not JSON at all", "hello", json, 400 },
            { "empty body", "", json, 400 },
            { "a JSON array", "[]", json, 400 },
            { "no instances field", "{\"rows\": []}", json, 400 },
            { "instances not an array", "{\"instances\": {}}", json, 400 },
            { "empty instances", "{\"instances\": []}", json, 400 },
            { "instance not an object", "{\"instances\": [1]}", json, 400 },
            { "missing feature", With(i => i.Remove("avg_rating")), json, 400 },
            { "unknown feature", With(i => i["sessions"] = 100), json, 400 },
            { "number as string", With(i => i["selling_price"] = "49.99"), json, 400 },
            { "category as number", With(i => i["sku"] = 7), json, 400 },
            { "null value", With(i => i["bfcm"] = null), json, 400 },
            { "nested object value", With(i => i["bfcm"] = new JsonObject()), json, 400 },
            { "bad date", With(i => i["date"] = "03/11/2025"), json, 400 },
            { "unknown category", With(i => i["sku"] = "ELEC-999"), json, 422 },
            { "zero price (log undefined)", With(i => i["selling_price"] = 0), json, 422 },
            { "negative competitor price", With(i => i["competitor_price"] = -3), json, 422 },
            { "number overflow", Instances.Body(Instances.Valid()).Replace("49.99", "1e999", StringComparison.Ordinal), json, 400 },
            { "trailing garbage", Instances.Body(Instances.Valid()) + "x", json, 400 },
            { "deep nesting", new string('[', 5000), json, 400 },
            { "unsupported media type", Instances.Body(Instances.Valid()), "application/xml", 415 },
            { "CSV without rows", "sku,category\n", "text/csv", 400 },
            { "CSV unknown column", Instances.Csv.Replace("avg_rating", "rating", StringComparison.Ordinal), "text/csv", 400 },
            { "CSV short row", Instances.Csv + "ELEC-001,Electronics\n", "text/csv", 400 },
            { "CSV unbalanced quote", Instances.Csv + "\"ELEC-001,Electronics,1,1,1,1,1,2025-01-01,0,0,0,4\n", "text/csv", 400 },
            { "CSV bad number", Instances.Csv.Replace("49.99", "forty", StringComparison.Ordinal), "text/csv", 400 },
        };
    }

    [Theory]
    [MemberData(nameof(Barrage))]
    public async Task Client_mistakes_get_a_4xx_problem_without_internals(string mistake, string body, string mediaType, int status)
    {
        // Given a bad request
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);

        // When it is posted
        var response = await _client.PostAsync("/predict", content);
        var text = await response.Content.ReadAsStringAsync();

        // Then the status is the expected 4xx, the body is problem+json and nothing internal leaks
        Assert.True(status == (int)response.StatusCode, $"{mistake}: expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"at \w+(\.\w+)+\(", text);
        Assert.DoesNotContain("AmazonSalesRegression.", text, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("X-Model-Version"));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413()
    {
        // Given a 2 MiB body
        var body = new string(' ', 2 << 20);

        // When it is posted
        var response = await _client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json"));

        // Then the answer is 413 problem+json
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task More_than_a_thousand_instances_are_refused_with_413()
    {
        // Given 1,001 valid instances
        var body = Instances.Body([.. Enumerable.Range(0, 1_001).Select(_ => Instances.Valid())]);

        // When they are posted
        var response = await _client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json"));

        // Then the answer is 413 and names the limit
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1000 instances", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/predict", 405)]
    [InlineData("GET", "/nowhere", 404)]
    [InlineData("DELETE", "/ping", 405)]
    public async Task Unknown_routes_and_methods_answer_problem_json(string method, string path, int status)
    {
        // Given a request the service has no route for
        // When it is sent
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        // Then the status is 404 or 405 with a problem+json body
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
