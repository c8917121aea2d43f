using System.Diagnostics;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>
/// The headless browser the static chart tests need: the one <see cref="ChromiumChartRenderer.FindBrowser"/> finds. On a
/// Debian machine where the tests run as root (as CI does), Debian's <c>chromium</c> is installed with apt on first use.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Browser = new(Ensure);

    /// <summary>The browser executable, or <see langword="null"/> when there is none and it cannot be installed.</summary>
    public static string? Path => Browser.Value;

    /// <summary>Why there is no browser.</summary>
    public const string Missing =
        "No Chromium: install it with `sudo apt-get install chromium`, or set COURSE_CHROMIUM to a Chromium executable.";

    private static string? Ensure()
    {
        if (ChromiumChartRenderer.FindBrowser() is { } found)
        {
            return found;
        }

        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            return null;
        }

        if (AptGet("install", "-y", "-q", "chromium") != 0)
        {
            AptGet("update", "-q");
            AptGet("install", "-y", "-q", "chromium");
        }

        return ChromiumChartRenderer.FindBrowser();
    }

    private static int AptGet(params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
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
            return -1;
        }

        Task.WaitAll(output, error);
        return process.ExitCode;
    }
}
