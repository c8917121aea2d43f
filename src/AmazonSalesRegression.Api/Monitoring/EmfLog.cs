using System.Globalization;
using System.Threading.Channels;

namespace AmazonSalesRegression.Api.Monitoring;

/// <summary>
/// One CloudWatch Embedded Metric Format line per request on standard output: CloudWatch Logs (Lambda, ECS with the
/// awslogs driver, SageMaker) turns the lines into metrics, so the hot path makes no AWS call. Lines go through a
/// bounded queue to a background writer; when the queue is full a line is dropped rather than slowing requests.
/// Set <c>EMF_LOGS=off</c> to disable.
/// </summary>
// References:
//   AWS, "Specification: Embedded metric format", Amazon CloudWatch User Guide.
internal sealed class EmfLog : BackgroundService
{
    private readonly Channel<string> _lines = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true }
    );
    private readonly TextWriter? _output;

    private EmfLog(TextWriter? output) => _output = output;

    /// <summary>The log writing to standard output, or a disabled one when <c>EMF_LOGS</c> is <c>off</c>.</summary>
    public static EmfLog Create(IConfiguration configuration) =>
        new(string.Equals(configuration["EMF_LOGS"], "off", StringComparison.OrdinalIgnoreCase) ? null : Console.Out);

    /// <summary>Queues the line of one request.</summary>
    public void Record(string route, int status, double milliseconds, int predictions, string modelVersion)
    {
        if (_output is null)
        {
            return;
        }

        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _lines.Writer.TryWrite(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"_aws\":{{\"Timestamp\":{timestamp},\"CloudWatchMetrics\":[{{\"Namespace\":\"AmazonSalesRegression/PredictionService\",\"Dimensions\":[[\"Route\"]],\"Metrics\":[{{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"}},{{\"Name\":\"Predictions\",\"Unit\":\"Count\"}}]}}]}},\"Route\":\"{route}\",\"Status\":{status},\"Latency\":{milliseconds:0.###},\"Predictions\":{predictions},\"ModelVersion\":\"{modelVersion}\"}}"
            )
        );
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_output is null)
        {
            return;
        }

        try
        {
            while (await _lines.Reader.WaitToReadAsync(stoppingToken))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    await _output.WriteLineAsync(line);
                }

                await _output.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
