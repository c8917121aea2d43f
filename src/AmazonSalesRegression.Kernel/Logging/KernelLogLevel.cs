namespace AmazonSalesRegression.Kernel.Logging;

/// <summary>How serious a kernel log entry is.</summary>
public enum KernelLogLevel
{
    /// <summary>Message-by-message tracing, off by default.</summary>
    Debug,

    /// <summary>Lifecycle events: start, restart, shutdown.</summary>
    Information,

    /// <summary>Something was ignored or dropped: an unsigned message, an unknown message type.</summary>
    Warning,

    /// <summary>A fault the kernel survived: a handler or engine exception.</summary>
    Error,
}
