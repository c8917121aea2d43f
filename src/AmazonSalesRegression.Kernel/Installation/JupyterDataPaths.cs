namespace AmazonSalesRegression.Kernel.Installation;

/// <summary>
/// Where Jupyter looks for kernelspecs, following jupyter_core's rules: <c>JUPYTER_DATA_DIR</c> when set; otherwise
/// <c>$XDG_DATA_HOME/jupyter</c> (default <c>~/.local/share/jupyter</c>) on Linux, <c>~/Library/Jupyter</c> on macOS,
/// <c>%APPDATA%\jupyter</c> on Windows; and <c>&lt;prefix&gt;/share/jupyter</c> for an installation prefix.
/// </summary>
public static class JupyterDataPaths
{
    /// <summary>The user's Jupyter data directory.</summary>
    public static string UserDataDirectory(KernelSpecEnvironment environment)
    {
        if (environment.Variable("JUPYTER_DATA_DIR") is { } explicitDirectory)
        {
            return explicitDirectory;
        }

        return environment.Platform switch
        {
            KernelSpecPlatform.Windows => Path.Join(
                environment.Variable("APPDATA") ?? Path.Join(environment.HomeDirectory, "AppData", "Roaming"),
                "jupyter"
            ),
            KernelSpecPlatform.MacOS => Path.Join(environment.HomeDirectory, "Library", "Jupyter"),
            _ => Path.Join(environment.Variable("XDG_DATA_HOME") ?? Path.Join(environment.HomeDirectory, ".local", "share"), "jupyter"),
        };
    }

    /// <summary>The <c>kernels</c> directory: under <paramref name="prefix"/> when given, else the user's.</summary>
    public static string KernelsDirectory(KernelSpecEnvironment environment, string? prefix) =>
        prefix is null ? Path.Join(UserDataDirectory(environment), "kernels") : Path.Join(prefix, "share", "jupyter", "kernels");
}
