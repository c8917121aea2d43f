using AmazonSalesRegression.Teaching;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The official .NET Interactive kernel, as a learner on Polyglot Notebooks or Jupyter gets it: the dotnet-interactive
/// local tool pinned in <c>.config/dotnet-tools.json</c>, restored with <c>dotnet tool restore</c>, and its C# kernelspec
/// (<c>.net-csharp</c>) installed with <c>dotnet interactive jupyter install</c>.
/// </summary>
internal static class DotNetInteractive
{
    /// <summary>The kernelspec name of .NET Interactive's C# kernel.</summary>
    public const string KernelName = ".net-csharp";

    /// <summary>
    /// Restores the local tools of <paramref name="root"/>, installs the kernelspecs under <paramref name="folder"/> and
    /// returns the folder to put on <c>JUPYTER_PATH</c>. The kernel finds the tool through the manifest above its working
    /// directory, so notebooks must run in a folder under <paramref name="root"/> or a copy with the manifest.
    /// </summary>
    public static string InstallKernelSpec(string root, string folder)
    {
        Succeed(
            JupyterClients.Run("dotnet", ["tool", "restore"], timeout: TimeSpan.FromMinutes(10), workingDirectory: root),
            "dotnet tool restore"
        );
        var jupyterPath = Path.Combine(folder, "jupyter");
        var kernels = Directory.CreateDirectory(Path.Combine(jupyterPath, "kernels")).FullName;
        Succeed(
            JupyterClients.Run("dotnet", ["dotnet-interactive", "jupyter", "install", "--path", kernels], workingDirectory: root),
            "dotnet interactive jupyter install"
        );
        return jupyterPath;
    }

    /// <summary>
    /// The Debug build of the course library that the notebooks' <c>#r</c> names, and the extension next to it: both must
    /// exist, since .NET Interactive loads the files themselves.
    /// </summary>
    public static void RequireDebugBuild(string root)
    {
        var library = Path.Combine(root, "src", "AmazonSalesRegression", "bin", "Debug", "net10.0", "AmazonSalesRegression.dll");
        foreach (var file in new[] { library, CourseNotebook.ExtensionPath(library) })
        {
            Assert.True(
                File.Exists(file),
                $"{file} is missing: the notebooks reference the Debug build; run `dotnet build src/{CourseNotebook.ExtensionName}` in {root}."
            );
        }
    }

    private static void Succeed((int ExitCode, string Output, string Error) run, string what) =>
        Assert.True(run.ExitCode == 0, $"{what} failed ({run.ExitCode}): {run.Error}{run.Output}");
}
