using System.CommandLine;
using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel;
using AmazonSalesRegression.Kernel.Hosting;
using AmazonSalesRegression.Kernel.Installation;
using Spectre.Console;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>kernel</c> verb: <c>kernel install [--prefix P]</c> registers the course's Jupyter kernel; <c>kernel start</c> is what Jupyter runs.</summary>
internal static class KernelCommand
{
    /// <summary>Creates the <c>kernel</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var prefix = new Option<string?>("--prefix")
        {
            Description = "Install under PREFIX/share/jupyter/kernels instead of the user's Jupyter data folder.",
        };
        var install = new Command(
            "install",
            $"Register the '{JupyterKernel.Name}' kernelspec (display name \"C# (Amazon Sales course)\") for VS Code, JupyterLab and nbclient."
        )
        {
            prefix,
        };
        install.SetAction((parse, _) => UserErrors.Guard(context, () => Install(context, parse.GetValue(prefix))));

        var connection = new Option<string>("--connection-file")
        {
            Description = "The connection file Jupyter writes (ports and signing key).",
            Required = true,
        };
        var parent = new Option<int?>("--parent-pid")
        {
            Description = "Exit when this process ends (default: JPY_PARENT_PID, which Jupyter sets).",
        };
        var start = new Command("start", "Run the kernel on a Jupyter connection file (Jupyter starts this; you do not need to).")
        {
            connection,
            parent,
        };
        start.SetAction(
            (parse, cancellation) =>
                UserErrors.Guard(context, () => Start(context, parse.GetValue(connection)!, parse.GetValue(parent), cancellation))
        );

        return new Command("kernel", "The course's C# Jupyter kernel.") { install, start };
    }

    private static Task<int> Install(CliContext context, string? prefix)
    {
        var folder = KernelSpecInstaller.Install(
            LaunchCommand(),
            new KernelSpecInstallOptions { Prefix = prefix is null ? null : context.Resolve(prefix) }
        );
        context.Console.MarkupLine($"Installed the kernelspec [bold]{JupyterKernel.Name}[/] in {Markup.Escape(folder)}");
        context.Console.MarkupLine("Choose [bold]C# (Amazon Sales course)[/] as the kernel in VS Code or JupyterLab.");
        return Task.FromResult(ExitCodes.Success);
    }

    private static async Task<int> Start(CliContext context, string connectionFile, int? parentPid, CancellationToken cancellation)
    {
        var connection = ConnectionInfo.Load(context.Resolve(connectionFile));
        var options = new KernelOptions
        {
            Parent = parentPid is { } pid ? ParentProcess.FromId(pid) : ParentProcess.FromEnvironment(),
            ExitOnRestart = true,
        };
        await JupyterKernel.RunAsync(
            connection,
            () => NotebookSessions.Create(CourseNotebookEngine.Kernel(context.WorkingDirectory)),
            options,
            cancellation
        );
        return ExitCodes.Success;
    }

    /// <summary>The command Jupyter runs: this CLI by its absolute path, under <c>dotnet</c> when it was started that way.</summary>
    private static IReadOnlyList<string> LaunchCommand()
    {
        var host =
            Environment.ProcessPath
            ?? throw new CourseStepException(
                "Cannot tell which program is running; start the CLI with 'dotnet run --project src/AmazonSalesRegression.Cli'."
            );
        var cli = typeof(KernelCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [host, cli, "kernel", "start", "--connection-file"]
            : [host, "kernel", "start", "--connection-file"];
    }
}
