using AmazonSalesRegression.Kernel.Installation;

namespace AmazonSalesRegression.Kernel.Tests.Installation;

/// <summary>jupyter_core's data-directory rules, with the platform and environment injected.</summary>
public sealed class KernelSpecLocationTests
{
    private static KernelSpecEnvironment On(KernelSpecPlatform platform, string home, params (string Name, string Value)[] variables) =>
        new(platform, home, name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void On_linux_the_kernel_goes_under_local_share_jupyter_kernels()
    {
        // Given
        var options = new KernelSpecInstallOptions { Environment = On(KernelSpecPlatform.Linux, "/home/ada") };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.Equal(Path.Join("/home/ada", ".local", "share", "jupyter", "kernels", "amazon-sales-csharp"), directory);
    }

    [Fact]
    public void On_linux_xdg_data_home_replaces_local_share()
    {
        // Given
        var options = new KernelSpecInstallOptions
        {
            Environment = On(KernelSpecPlatform.Linux, "/home/ada", ("XDG_DATA_HOME", "/data/xdg")),
        };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.Equal(Path.Join("/data/xdg", "jupyter", "kernels", "amazon-sales-csharp"), directory);
    }

    [Fact]
    public void An_empty_xdg_data_home_counts_as_unset()
    {
        // Given
        var options = new KernelSpecInstallOptions { Environment = On(KernelSpecPlatform.Linux, "/home/ada", ("XDG_DATA_HOME", "")) };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.StartsWith(Path.Join("/home/ada", ".local", "share"), directory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KernelSpecPlatform.Linux)]
    [InlineData(KernelSpecPlatform.MacOS)]
    [InlineData(KernelSpecPlatform.Windows)]
    public void Jupyter_data_dir_wins_on_every_platform(KernelSpecPlatform platform)
    {
        // Given
        var environment = On(
            platform,
            "/home/ada",
            ("JUPYTER_DATA_DIR", "/custom/jupyter"),
            ("XDG_DATA_HOME", "/xdg"),
            ("APPDATA", "/appdata")
        );

        // When
        var directory = KernelSpecInstaller.KernelDirectory(new KernelSpecInstallOptions { Environment = environment });

        // Then
        Assert.Equal(Path.Join("/custom/jupyter", "kernels", "amazon-sales-csharp"), directory);
    }

    [Fact]
    public void On_macos_the_kernel_goes_under_library_jupyter_kernels()
    {
        // Given
        var options = new KernelSpecInstallOptions
        {
            Environment = On(KernelSpecPlatform.MacOS, "/Users/ada", ("XDG_DATA_HOME", "/ignored")),
        };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.Equal(Path.Join("/Users/ada", "Library", "Jupyter", "kernels", "amazon-sales-csharp"), directory);
    }

    [Fact]
    public void On_windows_the_kernel_goes_under_appdata_jupyter_kernels()
    {
        // Given
        var options = new KernelSpecInstallOptions
        {
            Environment = On(KernelSpecPlatform.Windows, @"C:\Users\ada", ("APPDATA", @"C:\Users\ada\AppData\Roaming")),
        };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.Equal(Path.Join(@"C:\Users\ada\AppData\Roaming", "jupyter", "kernels", "amazon-sales-csharp"), directory);
    }

    [Fact]
    public void A_prefix_puts_the_kernel_under_prefix_share_jupyter_kernels()
    {
        // Given
        var options = new KernelSpecInstallOptions
        {
            Prefix = "/opt/venv",
            Environment = On(KernelSpecPlatform.Linux, "/home/ada", ("JUPYTER_DATA_DIR", "/ignored")),
        };

        // When
        var directory = KernelSpecInstaller.KernelDirectory(options);

        // Then
        Assert.Equal(Path.Join("/opt/venv", "share", "jupyter", "kernels", "amazon-sales-csharp"), directory);
    }
}
