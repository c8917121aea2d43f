using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Hosting;

namespace AmazonSalesRegression.Kernel;

/// <summary>
/// A Jupyter kernel for C# (messaging protocol 5.3 over ZeroMQ) that runs cells in an <see cref="INotebookSession"/>.
/// </summary>
public static class JupyterKernel
{
    /// <summary>The kernel's name: its kernelspec directory and its <c>implementation</c> in <c>kernel_info_reply</c>.</summary>
    public const string Name = "amazon-sales-csharp";

    /// <summary>
    /// Binds the sockets of <paramref name="connection"/> and serves Jupyter clients until a <c>shutdown_request</c>
    /// (without restart, or with restart when <see cref="KernelOptions.ExitOnRestart"/> is set), the exit of
    /// <see cref="KernelOptions.Parent"/>, or <paramref name="cancellationToken"/>. The first session is created and
    /// starts warming up at once; a restart disposes it and creates another with <paramref name="sessionFactory"/>.
    /// Failing cells and handler faults are answered as protocol errors and never end the kernel.
    /// </summary>
    /// <exception cref="NetMQ.NetMQException">A port cannot be bound.</exception>
    /// <exception cref="NotSupportedException">The connection's transport or signature scheme is not supported.</exception>
    public static async Task RunAsync(
        ConnectionInfo connection,
        Func<INotebookSession> sessionFactory,
        KernelOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sessionFactory);
        ArgumentNullException.ThrowIfNull(options);
        var runtime = new KernelRuntime(connection, sessionFactory, options);
        await runtime.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
