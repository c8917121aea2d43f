using System.Diagnostics;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// Debian packages that tests drive (Jupyter's clients, classic Notebook, Chromium, the Native AOT toolchain). On a
/// fresh Debian machine where the tests run as root (as CI does), missing ones are installed with apt on first use;
/// anywhere else a test that needs them fails with the command that installs them.
/// </summary>
public static class DebianPackages
{
    private const string LockTimeout = "-oDPkg::Lock::Timeout=600";
    private static readonly Lock s_gate = new();

    /// <summary>Makes sure <paramref name="isPresent"/> holds, installing <paramref name="packages"/> with apt if it does not.</summary>
    /// <param name="packages">The packages that provide what <paramref name="isPresent"/> looks for.</param>
    /// <param name="isPresent">Whether the packages' programs or modules are usable.</param>
    /// <param name="purpose">What the packages are for, completing "These tests …".</param>
    /// <exception cref="InvalidOperationException">They are missing and cannot be installed here, or apt failed.</exception>
    public static void Ensure(IReadOnlyList<string> packages, Func<bool> isPresent, string purpose)
    {
        // One apt at a time in this process; another test process's apt is waited for (DPkg::Lock::Timeout).
        lock (s_gate)
        {
            EnsureAlone(packages, isPresent, purpose);
        }
    }

    private static void EnsureAlone(IReadOnlyList<string> packages, Func<bool> isPresent, string purpose)
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

        var install = AptGet(["install", "-y", "-q", LockTimeout, .. packages]);
        if (install.ExitCode != 0)
        {
            AptGet(["update", "-q", LockTimeout]);
            install = AptGet(["install", "-y", "-q", LockTimeout, .. packages]);
        }

        if (install.ExitCode != 0 || !isPresent())
        {
            throw new InvalidOperationException($"Installing {names} with apt failed: {install.Error}");
        }
    }

    private static (int ExitCode, string Error) AptGet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"apt-get {string.Join(' ', start.ArgumentList)} did not finish in 10 minutes.");
        }

        _ = output.Result;
        return (process.ExitCode, error.Result);
    }
}
