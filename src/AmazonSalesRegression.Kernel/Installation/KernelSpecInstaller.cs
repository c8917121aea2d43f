using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Kernel.Installation;

/// <summary>
/// Installs the kernelspec: a <c>kernel.json</c> in <c>kernels/&lt;name&gt;</c> of a Jupyter data directory, telling
/// Jupyter how to launch the kernel (its <c>argv</c>, ending with the <c>{connection_file}</c> placeholder), that the
/// language is <c>csharp</c>, and that interrupts are sent as <c>interrupt_request</c> messages.
/// </summary>
public static class KernelSpecInstaller
{
    /// <summary>The argument Jupyter replaces with the connection file's path.</summary>
    public const string ConnectionFilePlaceholder = "{connection_file}";

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>
    /// Writes (or overwrites) <c>kernel.json</c> and returns the kernelspec directory.
    /// </summary>
    /// <param name="argvPrefix">The launch command up to the connection file, with absolute paths, e.g.
    /// <c>["/usr/bin/dotnet", "/repo/…/AmazonSalesRegression.Cli.dll", "kernel", "start", "--connection-file"]</c>;
    /// <see cref="ConnectionFilePlaceholder"/> is appended.</param>
    /// <param name="options">Names and location; defaults to the user's data directory.</param>
    /// <exception cref="ArgumentException"><paramref name="argvPrefix"/> is empty.</exception>
    /// <exception cref="IOException">The directory or file cannot be written.</exception>
    public static string Install(IReadOnlyList<string> argvPrefix, KernelSpecInstallOptions? options = null)
    {
        options ??= new KernelSpecInstallOptions();
        var json = KernelJson(argvPrefix, options);
        var directory = KernelDirectory(options);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Join(directory, "kernel.json"), json);
        return directory;
    }

    /// <summary>The directory <see cref="Install"/> writes to.</summary>
    public static string KernelDirectory(KernelSpecInstallOptions options) =>
        Path.Join(JupyterDataPaths.KernelsDirectory(options.Environment, options.Prefix), options.Name);

    /// <summary>The text of <c>kernel.json</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="argvPrefix"/> is empty.</exception>
    public static string KernelJson(IReadOnlyList<string> argvPrefix, KernelSpecInstallOptions options)
    {
        if (argvPrefix.Count == 0)
        {
            throw new ArgumentException("The launch command must not be empty.", nameof(argvPrefix));
        }

        var argv = new JsonArray([.. argvPrefix.Select(a => JsonValue.Create(a)), JsonValue.Create(ConnectionFilePlaceholder)]);
        var spec = new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = options.DisplayName,
            ["language"] = "csharp",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        return spec.ToJsonString(s_indented);
    }
}
