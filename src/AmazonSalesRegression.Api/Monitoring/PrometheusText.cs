using System.Globalization;
using System.Text;
using AmazonSalesRegression.Api.Hosting;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>Writes the metrics in the Prometheus text exposition format 0.0.4.</summary>
internal static class PrometheusText
{
    public static string Write(ServiceMetrics metrics, ModelHolder holder)
    {
        var model = holder.Current;
        var text = new StringBuilder();
        Header(text, "http_requests_total", "counter", "Requests answered, by route and status code.");
        for (var route = 0; route < ServiceMetrics.Routes.Length; route++)
        {
            for (var status = 100; status < 600; status++)
            {
                if (metrics.Requests(route, status) is > 0 and var count)
                {
                    Line(text, $"http_requests_total{{route=\"{ServiceMetrics.Routes[route]}\",status=\"{status}\"}}", count);
                }
            }
        }

        Header(text, "http_request_duration_seconds", "histogram", "Time from request start to response end, by route.");
        for (var route = 0; route < ServiceMetrics.Routes.Length; route++)
        {
            var label = ServiceMetrics.Routes[route];
            long cumulative = 0;
            for (var bucket = 0; bucket <= ServiceMetrics.Buckets.Length; bucket++)
            {
                cumulative += metrics.InBucket(route, bucket);
                var le =
                    bucket < ServiceMetrics.Buckets.Length
                        ? ServiceMetrics.Buckets[bucket].ToString("R", CultureInfo.InvariantCulture)
                        : "+Inf";
                Line(text, $"http_request_duration_seconds_bucket{{route=\"{label}\",le=\"{le}\"}}", cumulative);
            }

            Line(text, $"http_request_duration_seconds_sum{{route=\"{label}\"}}", metrics.TotalLatency(route).TotalSeconds);
            Line(text, $"http_request_duration_seconds_count{{route=\"{label}\"}}", cumulative);
        }

        Header(text, "predictions_total", "counter", "Predictions served.");
        Line(text, "predictions_total", metrics.Predictions);
        Header(text, "predictions_out_of_range_total", "counter", "Predictions with at least one input outside its training range.");
        Line(text, "predictions_out_of_range_total", metrics.OutOfRangePredictions);
        Header(text, "model_loaded", "gauge", "1 when a verified model is served, with its identity as labels.");
        Line(
            text,
            model is null
                ? "model_loaded"
                : $"model_loaded{{name=\"{model.Artifact.Name}\",version=\"{model.VersionLabel}\",sha256=\"{model.Sha256}\"}}",
            model is null ? 0 : 1
        );
        Header(text, "model_loads_total", "counter", "Models loaded and verified since start (1 + hot swaps).");
        Line(text, "model_loads_total", holder.Loads);
        if (model is not null)
        {
            var drift = model.Drift.Report();
            Header(text, "drift_window_size", "gauge", "Predictions in the drift window.");
            Line(text, "drift_window_size", drift.WindowSize);
            Header(text, "drift_psi", "gauge", "Population stability index of the window against the training reference.");
            foreach (var feature in drift.Features.Append(drift.Prediction))
            {
                Line(text, $"drift_psi{{feature=\"{feature.Name}\"}}", feature.Psi);
            }

            Header(
                text,
                "drift_ks",
                "gauge",
                "Kolmogorov-Smirnov distance over the reference percentiles (numeric inputs and the prediction)."
            );
            foreach (var feature in drift.Features.Append(drift.Prediction).Where(f => f.Ks is not null))
            {
                Line(text, $"drift_ks{{feature=\"{feature.Name}\"}}", feature.Ks!.Value);
            }
        }

        return text.ToString();
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ")
            .Append(name)
            .Append(' ')
            .Append(help)
            .Append('\n')
            .Append("# TYPE ")
            .Append(name)
            .Append(' ')
            .Append(type)
            .Append('\n');

    private static void Line(StringBuilder text, string series, double value) =>
        text.Append(series).Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
}
