using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring.Drift;
using Prometheus;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>
/// The served model's metrics, brought up to date from the <see cref="ModelHolder"/> just before each scrape:
/// <c>model_loaded</c> (one series, with the model's identity as labels once there is one), <c>model_loads_total</c>,
/// and, once a model is served, <c>drift_window_size</c>, <c>drift_psi</c> and <c>drift_ks</c> per feature.
/// </summary>
internal sealed class ModelMetrics
{
    private readonly Lock _gate = new();
    private readonly MetricFactory _factory;
    private readonly ModelHolder _holder;
    private readonly Gauge _loaded;
    private readonly Counter _loads;
    private Gauge.Child _loadedSeries;
    private LoadedModel? _shown;
    private DriftGauges? _drift;

    /// <summary>Registers the model's metrics with <paramref name="factory"/>; the drift gauges wait for a model.</summary>
    public ModelMetrics(MetricFactory factory, ModelHolder holder)
    {
        _factory = factory;
        _holder = holder;
        _loaded = factory.CreateGauge(
            "model_loaded",
            "1 when a verified model is served, with its identity as labels.",
            "name",
            "version",
            "sha256"
        );
        _loadedSeries = ((ICollector<Gauge.Child>)_loaded).Unlabelled;
        _loadedSeries.Set(0);
        _loads = factory.CreateCounter("model_loads_total", "Models loaded and verified since start (1 + hot swaps).");
    }

    /// <summary>Reads the holder (scrapes may run concurrently; one refresh at a time).</summary>
    public void Refresh()
    {
        var model = _holder.Current;
        lock (_gate)
        {
            _loads.IncTo(_holder.Loads);
            if (model is null)
            {
                return;
            }

            if (!ReferenceEquals(model, _shown))
            {
                _loadedSeries.Remove();
                _loadedSeries = _loaded.WithLabels(model.Artifact.Name, model.VersionLabel, model.Sha256);
                _loadedSeries.Set(1);
                _shown = model;
            }

            _drift ??= new DriftGauges(_factory);
            _drift.Show(model.Drift.Report());
        }
    }

    /// <summary>The drift gauges, created with the first model so that a service without one does not expose them.</summary>
    private sealed class DriftGauges(MetricFactory factory)
    {
        private readonly Gauge _windowSize = factory.CreateGauge("drift_window_size", "Predictions in the drift window.");
        private readonly Gauge _psi = factory.CreateGauge(
            "drift_psi",
            "Population stability index of the window against the training reference.",
            "feature"
        );
        private readonly Gauge _ks = factory.CreateGauge(
            "drift_ks",
            "Kolmogorov-Smirnov distance over the reference percentiles (numeric inputs and the prediction).",
            "feature"
        );

        /// <summary>Sets every gauge from <paramref name="report"/>, dropping the series of features the report no longer has.</summary>
        public void Show(DriftReport report)
        {
            _windowSize.Set(report.WindowSize);
            var features = report.Features.Append(report.Prediction).ToList();
            Keep(_psi, features.Select(f => f.Name));
            Keep(_ks, features.Where(f => f.Ks is not null).Select(f => f.Name));
            foreach (var feature in features)
            {
                _psi.WithLabels(feature.Name).Set(feature.Psi);
                if (feature.Ks is { } ks)
                {
                    _ks.WithLabels(feature.Name).Set(ks);
                }
            }
        }

        private static void Keep(Gauge gauge, IEnumerable<string> features)
        {
            var kept = features.ToHashSet(StringComparer.Ordinal);
            foreach (var labels in gauge.GetAllLabelValues().ToList())
            {
                if (!kept.Contains(labels[0]))
                {
                    gauge.RemoveLabelled(labels);
                }
            }
        }
    }
}
