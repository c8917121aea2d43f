using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Benchmarks;

/// <summary>Timings of the production scorer in-process and of the prediction service at a fixed request rate.</summary>
internal static class ServiceBench
{
    /// <summary>Scores the CSV's first 2,000 rows over and over, timing each call; prints p50, p99, p99.9 and the mean.</summary>
    public static void Score(string artifactPath, string csv, int count)
    {
        var scorer = DemandScorer.Create(ModelArtifactFile.Read(artifactPath).Artifact);
        var table = SalesCsv.LoadTable(csv);
        var rows = Enumerable.Range(0, Math.Min(2_000, table.RowCount)).Select(r => Encode(scorer, table, r)).ToArray();
        var sink = 0.0;
        for (var i = 0; i < 200_000; i++)
        {
            sink += scorer.Score(rows[i % rows.Length]).Value;
        }

        var ticks = new long[count];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += scorer.Score(rows[i % rows.Length]).Value;
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        total.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Array.Sort(ticks);
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"score calls={count} mean_us={total.Elapsed.TotalMicroseconds / count:F2} p50_us={Us(ticks, 0.5):F2} p99_us={Us(ticks, 0.99):F2} p999_us={Us(ticks, 0.999):F2} max_us={Us(ticks, 1):F1} allocated_bytes={allocated} (checksum {sink:E3})"
            )
        );
    }

    /// <summary>
    /// Posts <paramref name="bodyFile"/> to <paramref name="url"/> at a fixed rate (open loop: each request is sent at
    /// its scheduled time whether or not earlier ones have finished), measuring latency from the scheduled time so that
    /// a stall is not hidden (no coordinated omission); prints percentiles and the count of non-2xx answers.
    /// </summary>
    public static async Task PacedAsync(string url, int rate, int seconds, string bodyFile)
    {
        var body = await File.ReadAllBytesAsync(bodyFile);
        using var client = new HttpClient(
            new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }
        );
        async Task<(double Ms, bool Ok)> SendAsync(long scheduled)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await client.PostAsync(url, content);
                await response.Content.LoadIntoBufferAsync();
                return (Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, response.IsSuccessStatusCode);
            }
            catch (HttpRequestException)
            {
                return (Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, false);
            }
        }

        for (var i = 0; i < 2_000; i++)
        {
            await SendAsync(Stopwatch.GetTimestamp());
        }

        var total = rate * seconds;
        var tasks = new Task<(double Ms, bool Ok)>[total];
        var origin = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var scheduled = origin + (long)(i * (double)Stopwatch.Frequency / rate);
            while (Stopwatch.GetTimestamp() < scheduled)
            {
                if (scheduled - Stopwatch.GetTimestamp() > Stopwatch.Frequency / 500)
                {
                    await Task.Delay(1);
                }
                else if (!Thread.Yield())
                {
                    // Nothing else wants this core: spin briefly. Yielding first keeps the pacing loop from starving
                    // the service (and the client's own response handling) on a machine with few cores.
                    Thread.SpinWait(20);
                }
            }

            tasks[i] = SendAsync(scheduled);
        }

        var results = await Task.WhenAll(tasks);
        var achieved = total / Stopwatch.GetElapsedTime(origin).TotalSeconds;
        var latencies = results.Select(r => r.Ms).Order().ToArray();
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"paced target_rps={rate} achieved_rps={achieved:F0} requests={total} non2xx={results.Count(r => !r.Ok)} p50_ms={P(0.5):F3} p90_ms={P(0.9):F3} p99_ms={P(0.99):F3} p999_ms={P(0.999):F3} max_ms={latencies[^1]:F3}"
            )
        );
    }

    private static double Us(long[] sorted, double q) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)] * 1e6 / Stopwatch.Frequency;

    private static double[] Encode(DemandScorer scorer, AmazonSalesRegression.Data.Csv.ColumnTable table, int row)
    {
        var values = new double[scorer.Features.Count];
        for (var f = 0; f < values.Length; f++)
        {
            var feature = scorer.Features[f];
            values[f] = feature.Kind switch
            {
                FeatureKind.Number => table.Numeric(feature.Name).Span[row],
                FeatureKind.Date => table.Dates(feature.Name).Span[row].DayNumber,
                _ => scorer.TryEncodeCategory(f, table.Text(feature.Name)[row], out var code) ? code : double.NaN,
            };
        }

        return values;
    }
}
