using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// A published service run as its own process on a free loopback port, as a container runs it: the port comes in
/// through <c>PORT</c>, ASP.NET Core's own URL variables are removed, output is drained, and disposing kills it. The
/// in-memory host of the service (WebApplicationFactory) is the service tests' own <c>ServiceHost</c>.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly string[] s_urlVariables = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "URLS", "MODEL_PATH", "MODEL_DIR"];

    private readonly Process _process;

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>The port the service listens on.</summary>
    public int Port { get; }

    /// <summary>A client of the service.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> and <paramref name="environment"/> (plus <c>PORT</c>).</summary>
    public static ServiceProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var port = LoopbackPort.Free();
        return new ServiceProcess(Run(program, arguments, WithPort(environment, port)), port);
    }

    /// <summary>Runs <paramref name="program"/> to its end (at most a minute) and returns its exit code.</summary>
    public static async Task<int> RunToEndAsync(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment
    )
    {
        using var process = Run(program, arguments, environment);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>The environment of this service, for a second process that talks to it (a health probe).</summary>
    public static IReadOnlyDictionary<string, string> WithPort(IReadOnlyDictionary<string, string> environment, int port) =>
        new Dictionary<string, string>(environment) { ["PORT"] = port.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Whether <c>GET /ping</c> answered 200 within 30 seconds.</summary>
    public async Task<bool> WaitUntilReadyAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await Client.GetAsync("/ping")).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>Stops the service.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static Process Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in s_urlVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
