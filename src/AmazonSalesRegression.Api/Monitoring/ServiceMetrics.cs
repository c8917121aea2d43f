using AmazonSalesRegression.Scoring;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>
/// Request counts by route and status, a latency histogram per route, and prediction counts, kept in preallocated
/// arrays updated with interlocked increments (no locks, no allocation per request).
/// </summary>
internal sealed class ServiceMetrics
{
    /// <summary>Routes with their own series; anything else is <c>other</c>, so that scanners cannot blow up the label set.</summary>
    public static readonly string[] Routes = ["/ping", "/version", "/predict", "/invocations", "/metrics", "/drift", "other"];

    /// <summary>Upper bounds of the latency buckets, in seconds.</summary>
    public static readonly double[] Buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private readonly long[] _requests = new long[Routes.Length * 600];
    private readonly long[] _histogram = new long[Routes.Length * (Buckets.Length + 1)];
    private readonly long[] _latencyTicks = new long[Routes.Length];
    private long _predictions;
    private long _outOfRange;

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
        Interlocked.Increment(ref _requests[route * 600 + Math.Clamp(status, 0, 599)]);
        var seconds = elapsed.TotalSeconds;
        var bucket = 0;
        while (bucket < Buckets.Length && seconds > Buckets[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _histogram[route * (Buckets.Length + 1) + bucket]);
        Interlocked.Add(ref _latencyTicks[route], elapsed.Ticks);
    }

    /// <summary>Counts the predictions of one request and those with an out-of-range input.</summary>
    public void RecordPredictions(ReadOnlySpan<DemandScore> scores)
    {
        var flagged = 0;
        foreach (var score in scores)
        {
            flagged += score.OutOfRange != 0 ? 1 : 0;
        }

        Interlocked.Add(ref _predictions, scores.Length);
        Interlocked.Add(ref _outOfRange, flagged);
    }

    /// <summary>Predictions served.</summary>
    public long Predictions => Interlocked.Read(ref _predictions);

    /// <summary>Predictions with at least one input outside its training range.</summary>
    public long OutOfRangePredictions => Interlocked.Read(ref _outOfRange);

    /// <summary>Requests of route <paramref name="route"/> answered with <paramref name="status"/>.</summary>
    public long Requests(int route, int status) => Interlocked.Read(ref _requests[route * 600 + status]);

    /// <summary>Requests of a route in latency bucket <paramref name="bucket"/> (the last is +Inf), not cumulative.</summary>
    public long InBucket(int route, int bucket) => Interlocked.Read(ref _histogram[route * (Buckets.Length + 1) + bucket]);

    /// <summary>Total latency of a route's requests.</summary>
    public TimeSpan TotalLatency(int route) => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks[route]));
}
