using System.Diagnostics;
using System.Globalization;

namespace AmazonSalesRegression.Engine.Runner.StaticCharts;

/// <summary>
/// Renders Plotly figures with headless Chromium: each figure becomes a self-contained page (Plotly.js inlined, no
/// network) that one browser process loads and screenshots at exactly the requested size, with a fresh temporary
/// profile. The browser is <see cref="BrowserVariable"/> when set, otherwise the first of <c>chromium</c>,
/// <c>chromium-browser</c> and <c>google-chrome</c> on <c>PATH</c>. A browser launch costs about a second, so callers
/// should render only figures they have no image for.
/// </summary>
public sealed partial class ChromiumChartRenderer : IChartImageRenderer
{
    /// <summary>The environment variable naming the browser executable.</summary>
    public const string BrowserVariable = "COURSE_CHROMIUM";

    private static readonly string[] s_candidates = ["chromium", "chromium-browser", "google-chrome"];
    private readonly Lazy<string?> _browser;

    /// <summary>Creates a renderer.</summary>
    /// <param name="browserPath">The browser executable; when <see langword="null"/>, found with <see cref="FindBrowser"/> on first use.</param>
    /// <param name="timeout">How long one browser run may take (60 seconds by default).</param>
    public ChromiumChartRenderer(string? browserPath = null, TimeSpan? timeout = null)
    {
        _browser = new Lazy<string?>(() => browserPath ?? FindBrowser());
        Timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    /// <summary>A renderer that finds the browser on first use; shared, so the search runs once per process.</summary>
    public static ChromiumChartRenderer Default { get; } = new();

    /// <summary>How long one browser run may take before it is killed.</summary>
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

        var images = new List<byte[]>(figures.Count);
        foreach (var figure in figures)
        {
            images.Add(await RenderOneAsync(browser, ChartPage.Html(figure, size), size, cancellationToken).ConfigureAwait(false));
        }

        return images;
    }

    private async Task<byte[]> RenderOneAsync(string browser, string html, ChartImageSize size, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("course-chart-");
        try
        {
            var page = Path.Combine(folder.FullName, "chart.html");
            var image = Path.Combine(folder.FullName, "chart.png");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            var (exitCode, error) = await RunAsync(browser, Arguments(folder.FullName, page, image, size), cancellationToken)
                .ConfigureAwait(false);
            if (exitCode != 0 || !File.Exists(image))
            {
                throw new ChartRenderException(
                    $"{browser} exited with code {exitCode.ToString(CultureInfo.InvariantCulture)} without a screenshot: {LastLines(error)}"
                );
            }

            var png = await File.ReadAllBytesAsync(image, cancellationToken).ConfigureAwait(false);
            return PngHeader.Read(png) is { } actual && actual == size
                ? png
                : throw new ChartRenderException($"{browser} wrote a screenshot that is not a {Describe(size)} PNG.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<(int ExitCode, string Error)> RunAsync(
        string browser,
        IEnumerable<string> arguments,
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
        using var timer = new CancellationTokenSource(Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ChartRenderException(
                $"{browser} did not render a chart within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds."
            );
        }

        await output.ConfigureAwait(false);
        return (process.ExitCode, await error.ConfigureAwait(false));
    }
}
