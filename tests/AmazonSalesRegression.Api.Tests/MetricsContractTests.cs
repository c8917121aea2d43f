using System.Text;
using System.Text.RegularExpressions;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>
/// The <c>/metrics</c> contract dashboards and alerts rely on: every family's name, type and label names, with and
/// without a model.
/// </summary>
public sealed partial class MetricsContractTests
{
    [Fact]
    public async Task Every_metric_keeps_its_name_type_and_labels_once_a_model_serves()
    {
        // Given a serving model that scored one in-range and one out-of-range instance, and answered one bad request
        using var host = new ServiceHost();
        var client = await host.ReadyClientAsync();
        var far = Instances.Valid();
        far["selling_price"] = 5_000;
        await client.PostAsync("/predict", new StringContent(Instances.Body(Instances.Valid(), far), Encoding.UTF8, "application/json"));
        await client.PostAsync("/invocations", new StringContent("{", Encoding.UTF8, "application/json"));

        // When /metrics is read
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        // Then it is the Prometheus text format 0.0.4 with every family of the contract, typed and labelled as before
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["http_requests_total"] = "counter",
                ["http_request_duration_seconds"] = "histogram",
                ["predictions_total"] = "counter",
                ["predictions_out_of_range_total"] = "counter",
                ["model_loaded"] = "gauge",
                ["model_loads_total"] = "counter",
                ["drift_window_size"] = "gauge",
                ["drift_psi"] = "gauge",
                ["drift_ks"] = "gauge",
            },
            Types(text)
        );
        var sha = ModelArtifactFile.Read(ServiceHost.CommittedModel).ContentSha256;
        Assert.Contains("http_requests_total{route=\"/predict\",status=\"200\"} 1\n", text);
        Assert.Contains("http_requests_total{route=\"/invocations\",status=\"400\"} 1\n", text);
        Assert.Contains("http_request_duration_seconds_bucket{route=\"/predict\",le=\"0.0001\"} ", text);
        Assert.Contains("http_request_duration_seconds_bucket{route=\"/predict\",le=\"2.5\"} ", text);
        Assert.Contains("http_request_duration_seconds_bucket{route=\"/predict\",le=\"+Inf\"} 1\n", text);
        Assert.Contains("http_request_duration_seconds_sum{route=\"/predict\"} ", text);
        Assert.Contains("http_request_duration_seconds_count{route=\"other\"} 0\n", text);
        Assert.Contains("predictions_total 2\n", text);
        Assert.Contains("predictions_out_of_range_total 1\n", text);
        Assert.Contains($"model_loaded{{name=\"amazon-sales-demand\",version=\"1.0.0+{sha[..12]}\",sha256=\"{sha}\"}} 1\n", text);
        Assert.DoesNotContain("model_loaded 0", text);
        Assert.Contains("model_loads_total 1\n", text);
        Assert.Contains("drift_window_size 2\n", text);
        Assert.Contains("drift_psi{feature=\"sku\"} ", text);
        Assert.Contains("drift_psi{feature=\"prediction\"} ", text);
        Assert.Contains("drift_ks{feature=\"selling_price\"} ", text);
        Assert.DoesNotContain("drift_ks{feature=\"sku\"}", text);
    }

    [Fact]
    public async Task Without_a_model_the_service_reports_none_loaded_and_no_drift()
    {
        // Given a service whose model file does not exist
        var folder = Directory.CreateTempSubdirectory("asr-nomodel-").FullName;
        using var host = new ServiceHost(Path.Combine(folder, DemandModelFile.FileName));
        var client = host.CreateClient();
        await client.GetAsync("/ping");

        // When /metrics is read
        var text = await client.GetStringAsync("/metrics");

        // Then the model gauge is one unlabelled 0, nothing was loaded, the 503 was counted and there are no drift series
        Assert.Contains("model_loaded 0\n", text);
        Assert.DoesNotContain("model_loaded{", text);
        Assert.Contains("model_loads_total 0\n", text);
        Assert.Contains("http_requests_total{route=\"/ping\",status=\"503\"} 1\n", text);
        Assert.DoesNotContain("drift_", text);
    }

    private static Dictionary<string, string> Types(string exposition) =>
        TypeLine().Matches(exposition).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [GeneratedRegex(@"^# TYPE (\S+) (\S+)$", RegexOptions.Multiline)]
    private static partial Regex TypeLine();
}
