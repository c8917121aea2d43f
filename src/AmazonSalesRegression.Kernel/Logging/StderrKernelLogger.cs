using System.Globalization;

namespace AmazonSalesRegression.Kernel.Logging;

/// <summary>Writes entries at or above a minimum level to standard error, one line each, with a UTC timestamp.</summary>
/// <param name="minimumLevel">Entries below this level are discarded.</param>
public sealed class StderrKernelLogger(KernelLogLevel minimumLevel = KernelLogLevel.Information) : IKernelLogger
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Log(KernelLogLevel level, string message)
    {
        if (level < minimumLevel)
        {
            return;
        }

        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[amazon-sales-csharp {DateTime.UtcNow:HH:mm:ss.fff} {level.ToString().ToUpperInvariant()}] {message}"
        );
        lock (_gate)
        {
            try
            {
                Console.Error.WriteLine(line);
            }
            catch (IOException)
            {
                // Standard error is gone (the parent closed it); diagnostics are best effort.
            }
        }
    }
}
