using System.Net;
using System.Text;
using System.Text.Json;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>The input rules of issue 15: 0/1 flags, transform domains and overflow are refused with 422; far values are flagged.</summary>
public sealed class ModelDomainTests : IAsyncLifetime
{
    private readonly ServiceHost _host = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _host.ReadyClientAsync();

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, string> Refused() =>
        new()
        {
            { "bfcm", "-1e308", "bfcm" },
            { "holiday_season", "1e308", "holiday_season" },
            { "prime_day", "2", "prime_day" },
            { "bfcm", "0.5", "bfcm" },
            { "holiday_season", "-0.001", "holiday_season" },
            { "selling_price", "0", "selling_price" },
            { "selling_price", "-1e308", "selling_price" },
            { "competitor_price", "-3", "competitor_price" },
            { "ad_spend_sp", "-1", "ad_spend_sp" },
            { "ad_spend_display", "-1e308", "ad_spend_display" },
            { "avg_rating", "1e308", "avg_rating" },
            { "avg_rating", "-1e308", "avg_rating" },
            { "selling_price", "1e-300", "selling_price" },
        };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_value_the_model_cannot_score_is_refused_with_422_naming_the_instance_and_feature(
        string feature,
        string value,
        string named
    )
    {
        // Given a valid first instance and a second one with the value in JSON, and the same two rows as CSV
        var json = Instances.Body(Instances.Valid(), Instances.Valid());
        var second = json.LastIndexOf($"\"{feature}\":", StringComparison.Ordinal);
        var end = json.IndexOfAny([',', '}'], second);
        json = string.Concat(json.AsSpan(0, second), $"\"{feature}\":{value}", json.AsSpan(end));
        var csv = CsvWith(feature, value);

        foreach (var (body, mediaType, path) in new[] { (json, "application/json", "/predict"), (csv, "text/csv", "/invocations") })
        {
            // When it is posted
            var response = await _client.PostAsync(path, new StringContent(body, Encoding.UTF8, mediaType));
            var text = await response.Content.ReadAsStringAsync();

            // Then the answer is 422 problem+json pointing at instance 1 and the feature
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{mediaType} {feature}={value}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(text);
            Assert.Equal(1, problem.RootElement.GetProperty("instanceIndex").GetInt32());
            Assert.Equal([named], problem.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
            Assert.Contains(named, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string[]> Flagged() =>
        new()
        {
            { "selling_price", "1e308", ["selling_price"] },
            { "competitor_price", "1e-300", ["competitor_price"] },
            { "ad_spend_sb", "1e308", ["ad_spend_sb"] },
            { "ad_spend_sp", "-0.999", ["ad_spend_sp"] },
            { "avg_rating", "1000", ["avg_rating"] },
            { "bfcm", "1.0000000001", [] },
            { "prime_day", "-1e-9", [] },
        };

    [Theory]
    [MemberData(nameof(Flagged))]
    public async Task A_far_but_scorable_value_is_predicted_and_flagged_and_a_nearly_binary_flag_is_read_as_0_or_1(
        string feature,
        string value,
        string[] flagged
    )
    {
        // Given one instance as CSV with the value
        var body = CsvWith(feature, value);

        // When it is posted
        var response = await _client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();

        // Then both rows are predicted with finite numbers, and the second lists exactly the expected flags
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{feature}={value}: {text}");
        using var json = JsonDocument.Parse(text);
        var prediction = json.RootElement.GetProperty("predictions")[1];
        Assert.All(new[] { "value", "lower", "upper", "mean" }, p => Assert.True(double.IsFinite(prediction.GetProperty(p).GetDouble())));
        Assert.Equal(flagged, prediction.GetProperty("outOfRange").EnumerateArray().Select(f => f.GetString()));
    }

    /// <summary>The test CSV (two rows) with <paramref name="feature"/> of the second row set to <paramref name="value"/>.</summary>
    private static string CsvWith(string feature, string value)
    {
        var lines = Instances.Csv.Split('\n');
        var column = Array.IndexOf(lines[0].Split(','), feature);
        var fields = lines[2].Replace("\"Home & Kitchen\"", "Home & Kitchen", StringComparison.Ordinal).Split(',');
        fields[column] = value;
        return string.Join(
            '\n',
            lines[0],
            lines[1],
            string.Join(',', fields).Replace("Home & Kitchen", "\"Home & Kitchen\"", StringComparison.Ordinal)
        );
    }
}
