using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>A logger provider that keeps every formatted message, so a test can wait for what the service reported.</summary>
internal sealed class CollectedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>The messages so far, oldest first.</summary>
    public IReadOnlyCollection<string> Messages => _messages;

    /// <summary>Waits up to <paramref name="timeout"/> for a message containing <paramref name="text"/>.</summary>
    /// <returns>Whether such a message was logged in time.</returns>
    public async Task<bool> WaitForAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!_messages.Any(m => m.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Collector(_messages);

    /// <inheritdoc />
    public void Dispose() { }

    private sealed class Collector(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => messages.Enqueue(formatter(state, exception));
    }
}
