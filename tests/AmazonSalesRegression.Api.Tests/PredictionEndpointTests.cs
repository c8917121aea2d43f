using System.Net;
using System.Text;
using System.Text.Json;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests;

public sealed class PredictionEndpointTests : IAsyncLifetime
{
    private readonly ServiceHost _host = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _host.ReadyClientAsync();

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ping_answers_200_with_the_model_version_header()
    {
        // Given a service with the committed model
        var sha = ModelArtifactFile.Read(ServiceHost.CommittedModel).ContentSha256;

        // When /ping is called
        var response = await _client.GetAsync("/ping");

        // Then it answers 200 and names the model version with the checksum prefix
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"1.0.0+{sha[..12]}", Assert.Single(response.Headers.GetValues("X-Model-Version")));
    }

    [Theory]
    [InlineData("/predict")]
    [InlineData("/invocations")]
    public async Task Json_predictions_equal_the_in_process_scorer(string path)
    {
        // Given the in-process scorer of the same artifact and the same instance encoded by hand
        var scorer = DemandScorer.Create(ModelArtifactFile.Read(ServiceHost.CommittedModel).Artifact);
        var expected = scorer.Score(Encode(scorer));

        // When the instance is posted
        var response = await _client.PostAsync(
            path,
            new StringContent(Instances.Body(Instances.Valid()), Encoding.UTF8, "application/json")
        );
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var prediction = json.RootElement.GetProperty("predictions")[0];

        // Then the answer carries the same numbers (shortest round-trip JSON keeps every bit), and no flags
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(response.Headers.GetValues("X-Model-Version").Single(), json.RootElement.GetProperty("modelVersion").GetString());
        Assert.Equal(expected.Value, prediction.GetProperty("value").GetDouble());
        Assert.Equal(expected.Lower, prediction.GetProperty("lower").GetDouble());
        Assert.Equal(expected.Upper, prediction.GetProperty("upper").GetDouble());
        var (lower, value, upper) = (
            prediction.GetProperty("lower").GetDouble(),
            prediction.GetProperty("value").GetDouble(),
            prediction.GetProperty("upper").GetDouble()
        );
        Assert.True(lower < value && value < upper, $"the answer's interval [{lower}, {upper}] does not hold its value {value}");
        Assert.Equal(0, prediction.GetProperty("outOfRange").GetArrayLength());
    }

    [Fact]
    public async Task Csv_with_a_header_row_is_accepted_on_invocations()
    {
        // Given two instances as text/csv with a byte-order mark, one with a quoted category and CRLF line ends
        var content = new StringContent("\uFEFF" + Instances.Csv, Encoding.UTF8, "text/csv");

        // When they are posted to the SageMaker path
        var response = await _client.PostAsync("/invocations", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then both are predicted, the first as in the JSON test
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, json.RootElement.GetProperty("predictions").GetArrayLength());
        var scorer = DemandScorer.Create(ModelArtifactFile.Read(ServiceHost.CommittedModel).Artifact);
        Assert.Equal(scorer.Score(Encode(scorer)).Value, json.RootElement.GetProperty("predictions")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Values_outside_the_training_range_are_flagged_not_refused()
    {
        // Given an instance with a price ten times anything seen in training and a negative ad spend
        var instance = Instances.Valid();
        instance["selling_price"] = 5_000;
        instance["ad_spend_sb"] = -0.5;

        // When it is posted
        var response = await _client.PostAsync("/predict", new StringContent(Instances.Body(instance), Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Then it is predicted and both inputs are flagged
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var flags = json
            .RootElement.GetProperty("predictions")[0]
            .GetProperty("outOfRange")
            .EnumerateArray()
            .Select(e => e.GetString())
            .ToList();
        Assert.Equal(["selling_price", "ad_spend_sb"], flags);
    }

    [Fact]
    public async Task Version_describes_the_model_and_its_feature_schema()
    {
        // Given the service
        // When /version is called
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/version"));
        var root = json.RootElement;
        var features = root.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        // Then it names the model, its checksum and training time, and each feature's type, categories and range
        Assert.Equal("amazon-sales-demand", root.GetProperty("name").GetString());
        Assert.Equal(ModelArtifactFile.Read(ServiceHost.CommittedModel).ContentSha256, root.GetProperty("sha256").GetString());
        Assert.Equal("2025-10-01T00:00:00+00:00", root.GetProperty("trainedAt").GetString());
        Assert.Equal(12, features.Count);
        Assert.Equal("category", features["sku"].GetProperty("type").GetString());
        Assert.Equal(48, features["sku"].GetProperty("categories").GetArrayLength());
        Assert.Equal("number", features["selling_price"].GetProperty("type").GetString());
        Assert.True(features["selling_price"].GetProperty("min").GetDouble() > 0);
        Assert.Equal("date", features["date"].GetProperty("type").GetString());
        Assert.Equal("2024-01-01", features["date"].GetProperty("min").GetString());
    }

    [Fact]
    public async Task Metrics_and_drift_reflect_the_requests_served()
    {
        // Given three predictions and one bad request
        for (var i = 0; i < 3; i++)
        {
            await _client.PostAsync("/predict", new StringContent(Instances.Body(Instances.Valid()), Encoding.UTF8, "application/json"));
        }

        await _client.PostAsync("/predict", new StringContent("{", Encoding.UTF8, "application/json"));

        // When /metrics and /drift are read
        var metrics = await _client.GetStringAsync("/metrics");
        using var drift = JsonDocument.Parse(await _client.GetStringAsync("/drift"));

        // Then the counters, the histogram and the drift gauges are there, and the small window is not judged
        Assert.Contains("http_requests_total{route=\"/predict\",status=\"200\"} 3\n", metrics);
        Assert.Contains("http_requests_total{route=\"/predict\",status=\"400\"} 1\n", metrics);
        Assert.Contains("http_request_duration_seconds_count{route=\"/predict\"} 4\n", metrics);
        Assert.Contains("predictions_total 3\n", metrics);
        Assert.Contains("drift_psi{feature=\"selling_price\"}", metrics);
        Assert.Contains("# TYPE http_request_duration_seconds histogram\n", metrics);
        Assert.Equal(3, drift.RootElement.GetProperty("windowSize").GetInt32());
        Assert.Equal("InsufficientData", drift.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(11, drift.RootElement.GetProperty("features").GetArrayLength());
    }

    internal static double[] Encode(DemandScorer scorer)
    {
        var values = new double[scorer.Features.Count];
        using var json = JsonDocument.Parse(Instances.Valid().ToJsonString());
        foreach (var property in json.RootElement.EnumerateObject())
        {
            var f = scorer.FeatureIndex(property.Name);
            values[f] = scorer.Features[f].Kind switch
            {
                FeatureKind.Number => property.Value.GetDouble(),
                FeatureKind.Date => DateOnly
                    .ParseExact(property.Value.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    .DayNumber,
                _ => scorer.TryEncodeCategory(f, property.Value.GetString(), out var code) ? code : double.NaN,
            };
        }

        return values;
    }
}
