using System.Globalization;

namespace AmazonSalesRegression.Engine.Runner.StaticCharts;

public sealed partial class ChromiumChartRenderer
{
    // Headless, no sandbox (containers run as root), no GPU, a throw-away profile, no background traffic, one device
    // pixel per CSS pixel, and virtual time so the screenshot waits for the page's own work to finish.
    private static IEnumerable<string> Arguments(string profile, string page, string image, ChartImageSize size) =>
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--disable-background-networking",
            "--disable-extensions",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--mute-audio",
            "--force-device-scale-factor=1",
            "--virtual-time-budget=5000",
            $"--user-data-dir={profile}",
            $"--window-size={size.Width.ToString(CultureInfo.InvariantCulture)},{size.Height.ToString(CultureInfo.InvariantCulture)}",
            $"--screenshot={image}",
            new Uri(page).AbsoluteUri,
        ];

    private static string Describe(ChartImageSize size) =>
        $"{size.Width.ToString(CultureInfo.InvariantCulture)}×{size.Height.ToString(CultureInfo.InvariantCulture)}";

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(3));
    }
}
