using System.Diagnostics;
using AmazonSalesRegression.Kernel.Installation;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The real Jupyter clients the kernel must work with: Debian's python3 with jupyter_client, nbformat and nbclient,
/// and Jupyter Server (JupyterLab's backend) with a websocket client to talk to it as a browser does.
/// They are installed with apt on first use where possible (<see cref="DebianPackages"/>).
/// </summary>
internal static class JupyterClients
{
    private static readonly string[] Packages =
    [
        "python3-jupyter-client",
        "python3-nbclient",
        "python3-nbformat",
        "python3-jupyter-server",
        "python3-websocket",
    ];
    private static readonly Lazy<string> Interpreter = new(Ensure);

    /// <summary>The python3 that has the clients.</summary>
    public static string Python => Interpreter.Value;

    /// <summary>
    /// Installs the course kernelspec under <paramref name="prefix"/>, launching this build of the CLI, and returns the
    /// folder to put on <c>JUPYTER_PATH</c> so that clients find it.
    /// </summary>
    public static string InstallKernelSpec(string prefix)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "AmazonSalesRegression.Cli.dll");
        var dotnet = Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet";
        KernelSpecInstaller.Install(
            [dotnet, cli, "kernel", "start", "--connection-file"],
            new KernelSpecInstallOptions { Prefix = prefix }
        );
        return Path.Combine(prefix, "share", "jupyter");
    }

    /// <summary>Runs a program to completion and returns its exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string program,
        IEnumerable<string> arguments,
        IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null,
        string? workingDirectory = null
    )
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Ensure()
    {
        const string python = "/usr/bin/python3";
        DebianPackages.Ensure(Packages, () => HasClients(python), "drive the kernel with Jupyter's own clients");
        return python;
    }

    private static bool HasClients(string python) =>
        File.Exists(python) && Run(python, ["-c", "import jupyter_client, nbclient, nbformat, jupyter_server, websocket"]).ExitCode == 0;
}
