using System.Globalization;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring;
using Prometheus;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>
/// The service's Prometheus metrics, kept by prometheus-net in a registry of their own (never the library's static
/// default one, so that every host in a process, e.g. in tests, has its own): requests by route and status, a latency
/// histogram per route, predictions served, and the served model and its drift (<see cref="ModelMetrics"/>).
/// </summary>
internal sealed class ServiceMetrics
{
    /// <summary>Routes with their own series; anything else is <c>other</c>, so that scanners cannot blow up the label set.</summary>
    public static readonly string[] Routes = ["/ping", "/version", "/predict", "/invocations", "/metrics", "/drift", "other"];

    /// <summary>Upper bounds of the latency buckets, in seconds.</summary>
    public static readonly double[] Buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private const int Statuses = 600;

    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();
    private readonly Counter _requests;
    private readonly Counter.Child?[] _requestSeries = new Counter.Child?[Routes.Length * Statuses];
    private readonly Histogram.Child[] _latency;
    private readonly Counter _predictions;
    private readonly Counter _outOfRange;

    /// <summary>Creates the metrics; those of the model are read from <paramref name="holder"/> at each scrape.</summary>
    public ServiceMetrics(ModelHolder holder)
    {
        // Exemplars only appear in the OpenMetrics format, which /metrics does not serve: do not collect them.
        var factory = Metrics.WithCustomRegistry(_registry);
        factory.ExemplarBehavior = ExemplarBehavior.NoExemplars();
        _requests = factory.CreateCounter("http_requests_total", "Requests answered, by route and status code.", "route", "status");
        var latency = factory.CreateHistogram(
            "http_request_duration_seconds",
            "Time from request start to response end, by route.",
            ["route"],
            new HistogramConfiguration { Buckets = Buckets }
        );
        _latency = [.. Routes.Select(route => latency.WithLabels(route))];
        _predictions = factory.CreateCounter("predictions_total", "Predictions served.");
        _outOfRange = factory.CreateCounter(
            "predictions_out_of_range_total",
            "Predictions with at least one input outside its training range."
        );
        var model = new ModelMetrics(factory, holder);
        _registry.AddBeforeCollectCallback(model.Refresh);
    }

    /// <summary>The index of <paramref name="path"/> in <see cref="Routes"/>.</summary>
    public static int RouteOf(PathString path)
    {
        for (var i = 0; i < Routes.Length - 1; i++)
        {
            if (path.Equals(Routes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return Routes.Length - 1;
    }

    /// <summary>Counts one finished request.</summary>
    public void RecordRequest(int route, int status, TimeSpan elapsed)
    {
        status = Math.Clamp(status, 0, Statuses - 1);
        var series = _requestSeries[route * Statuses + status] ??= _requests.WithLabels(
            Routes[route],
            status.ToString(CultureInfo.InvariantCulture)
        );
        series.Inc();
        _latency[route].Observe(elapsed.TotalSeconds);
    }

    /// <summary>Counts the predictions of one request and those with an out-of-range input.</summary>
    public void RecordPredictions(ReadOnlySpan<DemandScore> scores)
    {
        var flagged = 0;
        foreach (var score in scores)
        {
            flagged += score.OutOfRange != 0 ? 1 : 0;
        }

        _predictions.Inc(scores.Length);
        _outOfRange.Inc(flagged);
    }

    /// <summary>Writes every metric to <paramref name="output"/> in the Prometheus text exposition format 0.0.4.</summary>
    public Task ExportAsync(Stream output, CancellationToken cancellation) => _registry.CollectAndExportAsTextAsync(output, cancellation);
}
