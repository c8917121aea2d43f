using System.Diagnostics;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// Renders Plotly figures with headless Chromium: all figures of one call go into one self-contained page (Plotly.js
/// inlined, no network; see <see cref="ChartPage"/>) that draws each with <c>Plotly.toImage</c> at exactly the
/// requested size. One browser process, with a fresh temporary profile, loads the page and dumps its DOM, from which
/// the PNGs are read. The browser is <see cref="BrowserVariable"/> when set, otherwise the first of <c>chromium</c>,
/// <c>chromium-browser</c> and <c>google-chrome</c> on <c>PATH</c>. A browser launch costs one to a few seconds, so
/// callers should pass all figures they have no image for in one call.
/// </summary>
public sealed partial class ChromiumChartRenderer : IChartImageRenderer
{
    /// <summary>The environment variable naming the browser executable.</summary>
    public const string BrowserVariable = "NOTEBOOK_CHROMIUM";

    private static readonly string[] s_candidates = ["chromium", "chromium-browser", "google-chrome"];
    private readonly Lazy<string?> _browser;

    /// <summary>Creates a renderer.</summary>
    /// <param name="browserPath">The browser executable; when <see langword="null"/>, found with <see cref="FindBrowser"/> on first use.</param>
    /// <param name="timeout">How long the browser may take per chart (30 seconds by default).</param>
    public ChromiumChartRenderer(string? browserPath = null, TimeSpan? timeout = null)
    {
        _browser = new Lazy<string?>(() => browserPath ?? FindBrowser());
        Timeout = timeout ?? TimeSpan.FromSeconds(30);
    }

    /// <summary>A renderer that finds the browser on first use; shared, so the search runs once per process.</summary>
    public static ChromiumChartRenderer Default { get; } = new();

    /// <summary>How long the browser may take per chart: the browser run of a call is killed after this times the number of charts.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The browser from <see cref="BrowserVariable"/> or <c>PATH</c>, or <see langword="null"/> when there is none.</summary>
    public static string? FindBrowser()
    {
        if (Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(
            Path.PathSeparator,
            StringSplitOptions.RemoveEmptyEntries
        );
        return s_candidates.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<byte[]>> RenderAsync(
        IReadOnlyList<string> figures,
        ChartImageSize size,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(figures);
        size.Validate();
        if (figures.Count == 0)
        {
            return [];
        }

        var browser =
            _browser.Value
            ?? throw new ChartRenderException(
                $"No Chromium found for static chart images: set {BrowserVariable} or install chromium (apt-get install chromium)."
            );
        if (!File.Exists(browser))
        {
            throw new ChartRenderException($"The browser {browser} does not exist: set {BrowserVariable} to a Chromium executable.");
        }

        var html = ChartPage.Html(figures, size);
        var folder = Directory.CreateTempSubdirectory("notebook-chart-");
        try
        {
            var page = Path.Combine(folder.FullName, "charts.html");
            var profile = Path.Combine(folder.FullName, "profile");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            var limit = Timeout * figures.Count;
            var (exitCode, dom, error) = await RunAsync(browser, Arguments(profile, page, figures.Count), limit, cancellationToken)
                .ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new ChartRenderException(
                    $"{browser} exited with code {exitCode.ToString(CultureInfo.InvariantCulture)}: {LastLines(error)}"
                );
            }

            return ChartPageResults.Read(dom, figures.Count, size);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string browser,
        IEnumerable<string> arguments,
        TimeSpan limit,
        CancellationToken cancellationToken
    )
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new ChartRenderException($"{browser} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timer = new CancellationTokenSource(limit);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ChartRenderException(
                $"{browser} did not render the charts within {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds."
            );
        }

        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
