namespace AmazonSalesRegression.Kernel.Logging;

/// <summary>
/// Where the kernel writes its own diagnostics. Never stdout: a Jupyter kernel's stdout is not the notebook's,
/// and the default implementation writes to standard error, which Jupyter shows in its server log.
/// </summary>
public interface IKernelLogger
{
    /// <summary>Records one entry. Implementations must be thread-safe and must not throw.</summary>
    void Log(KernelLogLevel level, string message);
}
