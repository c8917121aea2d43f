namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// Debian packages that tests drive (Jupyter's clients, classic Notebook, Chromium). On a fresh Debian machine where
/// the tests run as root (as CI does), missing ones are installed with apt on first use; anywhere else a test that
/// needs them fails with the command that installs them.
/// </summary>
internal static class DebianPackages
{
    private static readonly Dictionary<string, string> NonInteractive = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };

    /// <summary>Makes sure <paramref name="isPresent"/> holds, installing <paramref name="packages"/> with apt if it does not.</summary>
    /// <param name="packages">The packages that provide what <paramref name="isPresent"/> looks for.</param>
    /// <param name="isPresent">Whether the packages' programs or modules are usable.</param>
    /// <param name="purpose">What the packages are for, completing "These tests …".</param>
    /// <exception cref="InvalidOperationException">They are missing and cannot be installed here, or apt failed.</exception>
    public static void Ensure(IReadOnlyList<string> packages, Func<bool> isPresent, string purpose)
    {
        if (isPresent())
        {
            return;
        }

        var names = string.Join(' ', packages);
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            throw new InvalidOperationException($"These tests {purpose}; install them with: sudo apt-get install {names}");
        }

        var install = AptInstall(packages);
        if (install.ExitCode != 0)
        {
            JupyterClients.Run("/usr/bin/apt-get", ["update", "-q"], timeout: TimeSpan.FromMinutes(10));
            install = AptInstall(packages);
        }

        if (install.ExitCode != 0 || !isPresent())
        {
            throw new InvalidOperationException($"Installing {names} with apt failed: {install.Error}");
        }
    }

    private static (int ExitCode, string Output, string Error) AptInstall(IReadOnlyList<string> packages) =>
        JupyterClients.Run("/usr/bin/apt-get", ["install", "-y", "-q", .. packages], NonInteractive, TimeSpan.FromMinutes(10));
}
