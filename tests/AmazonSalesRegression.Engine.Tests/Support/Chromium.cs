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
        "No Chromium: install it with `sudo apt-get install chromium`, or set NOTEBOOK_CHROMIUM to a Chromium executable.";

    private static string? Ensure()
    {
        try
        {
            DebianPackages.Ensure(["chromium"], () => ChromiumChartRenderer.FindBrowser() is not null, "render charts with Chromium");
        }
        catch (InvalidOperationException)
        {
            return null; // not installable here: the tests report Missing
        }

        return ChromiumChartRenderer.FindBrowser();
    }
}
