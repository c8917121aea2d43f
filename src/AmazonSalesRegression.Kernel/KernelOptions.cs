using System.Reflection;
using AmazonSalesRegression.Kernel.Hosting;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel;

/// <summary>How <see cref="JupyterKernel.RunAsync"/> behaves; every member has a working default.</summary>
public sealed record KernelOptions
{
    /// <summary>Where diagnostics go; by default standard error, information and above.</summary>
    public IKernelLogger Logger { get; init; } = new StderrKernelLogger();

    /// <summary>The process whose exit stops the kernel; <see langword="null"/> to not watch any (see <see cref="ParentProcess.FromEnvironment"/>).</summary>
    public ParentProcess? Parent { get; init; }

    /// <summary>How often the parent process is checked.</summary>
    public TimeSpan ParentPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether <c>shutdown_request</c> with <c>restart: true</c> ends the process, as ipykernel does, instead of replacing
    /// the session in-process. jupyter_client's restart waits for the old process to exit before launching a new one, so
    /// kernels launched by jupyter_client restart faster with this on; off (the default), the kernel keeps running with a fresh session.
    /// </summary>
    public bool ExitOnRestart { get; init; }

    /// <summary>The C# language version reported in <c>language_info.version</c>.</summary>
    public string LanguageVersion { get; init; } = "14.0";

    /// <summary>The banner front ends show when a console starts.</summary>
    public string Banner { get; init; } =
        "C# (Amazon Sales course): cells share variables; end a cell with an expression to display its value.";

    /// <summary>The links of the front end's Help menu.</summary>
    public IReadOnlyList<HelpLink> HelpLinks { get; init; } =
    [
        new("C# documentation", "https://learn.microsoft.com/dotnet/csharp/"),
        new(".NET API browser", "https://learn.microsoft.com/dotnet/api/"),
    ];

    /// <summary>The kernel's version (<c>implementation_version</c>); defaults to this assembly's informational version.</summary>
    public string ImplementationVersion { get; init; } = AssemblyVersion();

    /// <summary>The <c>username</c> in the headers of the kernel's messages.</summary>
    public string Username { get; init; } = Environment.UserName;

    private static string AssemblyVersion()
    {
        var assembly = typeof(KernelOptions).Assembly;
        var version =
            assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
