using System.Collections.Concurrent;
using AmazonSalesRegression.Kernel.Logging;

namespace AmazonSalesRegression.Kernel.Tests.Fakes;

/// <summary>Keeps every log entry so tests can wait for and assert on them.</summary>
internal sealed class CollectingLogger : IKernelLogger
{
    private readonly ConcurrentQueue<(KernelLogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(KernelLogLevel Level, string Message)> Entries => [.. _entries];

    public void Log(KernelLogLevel level, string message) => _entries.Enqueue((level, message));

    /// <summary>Waits (at most five seconds) until an entry contains <paramref name="text"/>; returns whether one did.</summary>
    public bool WaitFor(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
