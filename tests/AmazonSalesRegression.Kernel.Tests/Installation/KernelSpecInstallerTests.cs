using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Installation;

namespace AmazonSalesRegression.Kernel.Tests.Installation;

public sealed class KernelSpecInstallerTests : IDisposable
{
    private static readonly string[] s_argvPrefix =
    [
        "/usr/bin/dotnet",
        "/repo/cli/AmazonSalesRegression.Cli.dll",
        "kernel",
        "start",
        "--connection-file",
    ];
    private readonly string _prefix = Path.Join(Path.GetTempPath(), "kernelspec-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_prefix))
        {
            Directory.Delete(_prefix, recursive: true);
        }
    }

    [Fact]
    public void Install_writes_kernel_json_under_the_prefix_and_returns_its_directory()
    {
        // Given
        var options = new KernelSpecInstallOptions { Prefix = _prefix };

        // When
        var directory = KernelSpecInstaller.Install(s_argvPrefix, options);

        // Then
        Assert.Equal(Path.Join(_prefix, "share", "jupyter", "kernels", "amazon-sales-csharp"), directory);
        Assert.True(File.Exists(Path.Join(directory, "kernel.json")));
    }

    [Fact]
    public void Kernel_json_launches_the_given_command_with_the_connection_file_placeholder_last()
    {
        // Given
        var options = new KernelSpecInstallOptions { Prefix = _prefix };

        // When
        var json = JsonNode.Parse(File.ReadAllText(Path.Join(KernelSpecInstaller.Install(s_argvPrefix, options), "kernel.json")))!;

        // Then
        Assert.Equal([.. s_argvPrefix, "{connection_file}"], json["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("C# (Amazon Sales course)", json["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", json["language"]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
        Assert.False(json["metadata"]!["debugger"]!.GetValue<bool>());
    }

    [Fact]
    public void Installing_again_overwrites_the_previous_kernel_json()
    {
        // Given
        var options = new KernelSpecInstallOptions { Prefix = _prefix };
        KernelSpecInstaller.Install(["old-command"], options);

        // When
        var directory = KernelSpecInstaller.Install(s_argvPrefix, options with { DisplayName = "Renamed" });

        // Then
        var json = JsonNode.Parse(File.ReadAllText(Path.Join(directory, "kernel.json")))!;
        Assert.Equal("/usr/bin/dotnet", json["argv"]![0]!.GetValue<string>());
        Assert.Equal("Renamed", json["display_name"]!.GetValue<string>());
    }

    [Fact]
    public void Windows_paths_in_argv_survive_json_escaping()
    {
        // Given
        string[] argv = [@"C:\Program Files\dotnet\dotnet.exe", @"C:\course\AmazonSalesRegression.Cli.dll"];

        // When
        var json = JsonNode.Parse(KernelSpecInstaller.KernelJson(argv, new KernelSpecInstallOptions()))!;

        // Then
        Assert.Equal(@"C:\Program Files\dotnet\dotnet.exe", json["argv"]![0]!.GetValue<string>());
    }

    [Fact]
    public void An_empty_launch_command_is_refused()
    {
        // Given
        string[] argv = [];

        // When
        var error = Record.Exception(() => KernelSpecInstaller.Install(argv, new KernelSpecInstallOptions { Prefix = _prefix }));

        // Then
        Assert.IsType<ArgumentException>(error);
        Assert.False(Directory.Exists(_prefix));
    }
}
