using System.Text;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>An <see cref="ICellOutput"/> that records everything a cell sends, thread-safely.</summary>
public sealed class RecordingCellOutput : ICellOutput
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(DisplayData Data, string? Id, bool Update)> _displays = [];

    public string? InputReply { get; init; }

    /// <summary>The page the outputs are shown on; none unless a test names one.</summary>
    public string? FrontEnd { get; init; }

    public string StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public IReadOnlyList<(DisplayData Data, string? Id, bool Update)> Displays
    {
        get
        {
            lock (_gate)
            {
                return [.. _displays];
            }
        }
    }

    public void WriteStandardOutput(string text)
    {
        lock (_gate)
        {
            _stdout.Append(text);
        }
    }

    public void WriteStandardError(string text)
    {
        lock (_gate)
        {
            _stderr.Append(text);
        }
    }

    public void Display(DisplayData data, string? displayId, bool update)
    {
        lock (_gate)
        {
            _displays.Add((data, displayId, update));
        }
    }

    public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
        InputReply is { } reply ? Task.FromResult(reply) : throw new InvalidOperationException("No input in tests.");
}
