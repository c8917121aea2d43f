using System.Diagnostics;

namespace AmazonSalesRegression.Api.Tests.Publishing;

/// <summary>
/// One Native AOT publish of the service (<c>dotnet publish -c Release -r linux-x64</c>, as deploy/Dockerfile runs
/// it) into a temporary folder, with its own artifacts folder so that it touches no build output of the work tree.
/// Shared by the tests of <see cref="AotPublishCollection"/>: it takes a minute or more.
/// </summary>
public sealed class AotPublish : IDisposable
{
    /// <summary>The name of the native executable (and of the service's assembly).</summary>
    public const string ExecutableName = "AmazonSalesRegression.Api";

    private readonly string _folder;

    /// <summary>Installs the toolchain if needed, then publishes.</summary>
    public AotPublish()
    {
        NativeToolchain.Ensure();
        _folder = Directory.CreateTempSubdirectory("asr-aot-").FullName;
        Output = Path.Combine(_folder, "publish");
        Artifacts = Path.Combine(_folder, "artifacts");
        (ExitCode, Log) = Run([
            "publish",
            Repository.Path("src", "AmazonSalesRegression.Api", "AmazonSalesRegression.Api.csproj"),
            "-c",
            "Release",
            "-r",
            "linux-x64",
            "-o",
            Output,
            "--artifacts-path",
            Artifacts,
            "-nologo",
            "-tl:off",
            "-clp:NoSummary",
        ]);
    }

    /// <summary>The publish folder.</summary>
    public string Output { get; }

    /// <summary>The publish's own bin and obj folders.</summary>
    public string Artifacts { get; }

    /// <summary>The native executable's path.</summary>
    public string Executable => Path.Combine(Output, ExecutableName);

    /// <summary>The exit code of <c>dotnet publish</c>.</summary>
    public int ExitCode { get; }

    /// <summary>What <c>dotnet publish</c> wrote, standard output then standard error.</summary>
    public string Log { get; }

    /// <summary>The assemblies compiled into the executable: the file names in ILC's response file (input and references).</summary>
    public IReadOnlyList<string> CompiledAssemblies()
    {
        var response = Directory.GetFiles(Artifacts, ExecutableName + ".ilc.rsp", SearchOption.AllDirectories).Single();
        return
        [
            .. File.ReadAllLines(response)
                .Where(l =>
                    l.EndsWith(".dll", StringComparison.Ordinal) && (l.StartsWith("-r:", StringComparison.Ordinal) || !l.StartsWith('-'))
                )
                .Select(l => Path.GetFileName(l.StartsWith("-r:", StringComparison.Ordinal) ? l[3..] : l)),
        ];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the temporary folder is cleaned by the system.
        }
    }

    private static (int ExitCode, string Log) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test run's own MSBuild settings must not leak into the child build.
        foreach (
            var name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" }
        )
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish in 15 minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
