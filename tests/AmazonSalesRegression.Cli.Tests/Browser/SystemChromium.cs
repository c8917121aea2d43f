using Microsoft.Playwright;

namespace AmazonSalesRegression.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>), headless, driven by Playwright for .NET. Playwright's NuGet package
/// carries its driver; the browser is the system's, so nothing is downloaded (<c>playwright install</c> is never run).
/// One browser serves all tests of a class.
/// </summary>
public sealed class SystemChromium : IAsyncLifetime
{
    /// <summary>The browser executable.</summary>
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async Task InitializeAsync()
    {
        DebianPackages.Ensure(["chromium"], () => File.Exists(Executable), "drive Debian's Chromium");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                // Containers run the tests as root, where Chromium's sandbox cannot start.
                Args = ["--no-sandbox"],
                Timeout = 60_000,
            }
        );
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
