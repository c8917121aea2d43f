namespace AmazonSalesRegression.Engine.Running.StaticCharts;

public sealed partial class ChromiumChartRenderer
{
    // Headless, no sandbox (containers run as root), no GPU, a throw-away profile, no background traffic, and the DOM
    // dumped to stdout once the page has loaded and its virtual time budget has run out. Virtual time only advances
    // while the page waits on timers, so the budget (5 s plus 1 s per chart) costs no wall-clock time once the page is
    // idle; drawing a chart uses a few tens of milliseconds of it.
    private static IEnumerable<string> Arguments(string profile, string page, int charts) =>
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-extensions",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--mute-audio",
            "--force-device-scale-factor=1",
            $"--virtual-time-budget={(5000 + (1000 * charts)).ToString(CultureInfo.InvariantCulture)}",
            $"--user-data-dir={profile}",
            "--dump-dom",
            new Uri(page).AbsoluteUri,
        ];

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(3));
    }
}
