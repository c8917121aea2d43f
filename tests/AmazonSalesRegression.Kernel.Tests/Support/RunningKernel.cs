using AmazonSalesRegression.Kernel.Tests.Fakes;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>A kernel served in-process on loopback ports with fake sessions, and a connected test client.</summary>
internal sealed class RunningKernel : IAsyncDisposable
{
    public const string Key = "5f3a6c2e-kernel-test-key";

    private readonly CancellationTokenSource _stop = new();

    private RunningKernel(ConnectionInfo connection, KernelOptions options, FakeSessionFactory sessions, CollectingLogger log)
    {
        Connection = connection;
        Sessions = sessions;
        Log = log;
        Run = Task.Run(() => JupyterKernel.RunAsync(connection, sessions.Create, options, _stop.Token));
        Client = new TestClient(connection);
        try
        {
            Client.WaitForKernel();
            ConfirmStdinConnected();
        }
        catch (TimeoutException) when (Run.IsFaulted)
        {
            throw new InvalidOperationException("The kernel failed to start.", Run.Exception);
        }
    }

    public ConnectionInfo Connection { get; }

    public FakeSessionFactory Sessions { get; }

    public CollectingLogger Log { get; }

    /// <summary>The kernel's <see cref="JupyterKernel.RunAsync"/> task.</summary>
    public Task Run { get; }

    public TestClient Client { get; }

    public static RunningKernel Start(Func<KernelOptions, KernelOptions>? configure = null, string key = Key)
    {
        var ports = FreePorts.Take(5);
        var connection = new ConnectionInfo(ports[0], ports[1], ports[2], ports[3], ports[4], Key: key);
        var log = new CollectingLogger();
        var options = new KernelOptions { Logger = log };
        return new RunningKernel(connection, configure?.Invoke(options) ?? options, new FakeSessionFactory(), log);
    }

    /// <summary>Whether the kernel stopped by itself within five seconds.</summary>
    public bool StopsWithinTimeout() => Run.Wait(TimeSpan.FromSeconds(5));

    /// <summary>
    /// A ROUTER only knows a DEALER once its connection is up, and drops what it cannot route: make sure the kernel
    /// has heard from the client's stdin socket before a test expects an input request on it.
    /// </summary>
    private void ConfirmStdinConnected()
    {
        Client.Send(KernelChannel.Stdin, "stdin_probe", []);
        if (!Log.WaitFor("Ignored a stdin_probe on stdin"))
        {
            throw new TimeoutException("The kernel never heard from the client's stdin socket.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }
}
