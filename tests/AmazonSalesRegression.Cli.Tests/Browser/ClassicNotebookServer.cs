using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace AmazonSalesRegression.Cli.Tests.Browser;

/// <summary>
/// Debian's classic Jupyter Notebook 6 (<c>python3 -m notebook</c>) serving one folder on a free loopback port with a
/// random token, with private Jupyter paths (the course kernelspec under <c>JUPYTER_PATH</c>, empty config, data and
/// runtime folders), so that nothing of the user's Jupyter set-up takes part. Disposing kills the server and its kernels.
/// </summary>
internal sealed class ClassicNotebookServer : IDisposable
{
    private static readonly string[] Packages = ["jupyter-notebook"];
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ClassicNotebookServer(Process process, int port, string token)
    {
        _process = process;
        Port = port;
        Token = token;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The token that authenticates requests.</summary>
    public string Token { get; }

    /// <summary>The server's (and its kernels') log so far, for failure messages.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>
    /// Starts the server on <paramref name="root"/>, with <paramref name="jupyterPath"/> holding the kernelspec and
    /// <paramref name="scratch"/> for Jupyter's own folders, and waits until it answers (at most a minute).
    /// </summary>
    public static async Task<ClassicNotebookServer> StartAsync(string root, string jupyterPath, string scratch)
    {
        DebianPackages.Ensure(
            Packages,
            () => JupyterClients.Run("/usr/bin/python3", ["-c", "import notebook"]).ExitCode == 0,
            "open notebooks in classic Jupyter Notebook"
        );
        var port = LoopbackPort.Free();
        var token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        string[] arguments =
        [
            "-m",
            "notebook",
            "--no-browser",
            "--allow-root",
            "--ip=127.0.0.1",
            $"--port={port}",
            "--port-retries=0",
            $"--NotebookApp.token={token}",
            $"--notebook-dir={root}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["JUPYTER_PATH"] = jupyterPath;
        start.Environment["JUPYTER_CONFIG_DIR"] = Directory.CreateDirectory(Path.Combine(scratch, "config")).FullName;
        start.Environment["JUPYTER_DATA_DIR"] = Directory.CreateDirectory(Path.Combine(scratch, "data")).FullName;
        start.Environment["JUPYTER_RUNTIME_DIR"] = Directory.CreateDirectory(Path.Combine(scratch, "runtime")).FullName;
        var server = new ClassicNotebookServer(Process.Start(start)!, port, token);
        try
        {
            await server.WaitUntilServingAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The address of <paramref name="path"/> (relative to the served folder), with the token.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}?token={Token}";

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Jupyter Notebook exited with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(Url("api/status"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Jupyter Notebook did not answer on port {Port} within a minute:\n{Log}");
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }
}
