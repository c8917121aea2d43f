using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Engine.Running.StaticCharts;
using AmazonSalesRegression.Reporting;
using AmazonSalesRegression.Training;
using Plotly.NET;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The <c>course run</c> step that writes the stakeholder report, <c>reports/amazon_sales_report.html</c>, and the PNG of
/// each of its charts under <c>reports/charts/</c>. A chart's PNG is rendered with headless Chromium only when its figure
/// changed (<c>reports/charts/charts.json</c> keeps each figure's SHA-256); without a browser the report still gets
/// written, with a note in place of new charts. With <c>--check</c> it rebuilds the report in memory and fails when the
/// committed one differs or a chart image is stale.
/// </summary>
internal static class ReportStep
{
    /// <summary>The step for the repository at <paramref name="root"/>; <paramref name="training"/> is shared with the model step.</summary>
    public static CourseStep For(string root, CourseRunOptions options, Lazy<ProductionTraining> training) =>
        new(
            "Stakeholder report",
            cancellation =>
                options.Check ? CheckAsync(root, training) : WriteAsync(root, training, ChromiumChartRenderer.Default, cancellation)
        );

    private static async Task<string> WriteAsync(
        string root,
        Lazy<ProductionTraining> training,
        IChartImageRenderer renderer,
        CancellationToken cancellation
    )
    {
        var (document, figures) = Build(root, training.Value);
        var images = ReadImages(root, figures);
        var missing = figures.Where(f => !images.ContainsKey(f.Key)).ToList();
        var warning = string.Empty;
        if (missing.Count > 0)
        {
            try
            {
                var rendered = await renderer.RenderAsync(
                    [.. missing.Select(f => f.Value.Json)],
                    new ChartImageSize(Visualization.Charts.Width, Visualization.Charts.Height),
                    cancellation
                );
                for (var i = 0; i < missing.Count; i++)
                {
                    images[missing[i].Key] = rendered[i];
                }
            }
            catch (ChartRenderException ex)
            {
                warning = $" (warning: {missing.Count} chart images not rendered: {ex.Message})";
            }
        }

        var folder = ChartFolder(root);
        Directory.CreateDirectory(folder);
        foreach (var (name, png) in images)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), png, cancellation);
        }

        await File.WriteAllTextAsync(Manifest(root), ManifestJson(figures.Where(f => images.ContainsKey(f.Key))), cancellation);
        await File.WriteAllTextAsync(ReportPath(root), ReportHtml.Render(document, c => images.GetValueOrDefault(c.Name)), cancellation);
        return $"wrote reports/{StakeholderReport.FileName} with {images.Count} of {figures.Count} charts{warning}";
    }

    private static Task<string> CheckAsync(string root, Lazy<ProductionTraining> training) =>
        Task.Run(() =>
        {
            var (document, figures) = Build(root, training.Value);
            var images = ReadImages(root, figures);
            var stale = figures.Keys.Where(name => !images.ContainsKey(name)).ToList();
            if (stale.Count > 0)
            {
                throw new CourseStepException($"reports/charts: the images of {string.Join(", ", stale)} do not match their charts; {Fix}");
            }

            var expected = ReportHtml.Render(document, c => images.GetValueOrDefault(c.Name));
            var path = ReportPath(root);
            if (!File.Exists(path) || File.ReadAllText(path) != expected)
            {
                throw new CourseStepException($"reports/{StakeholderReport.FileName} differs from what the course produces today; {Fix}");
            }

            return $"reports/{StakeholderReport.FileName} and its {figures.Count} charts match a fresh build";
        });

    private const string Fix = "rebuild it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course run'.";

    private static (ReportDocument Document, Dictionary<string, (string Json, string Sha256)> Figures) Build(
        string root,
        ProductionTraining training
    )
    {
        var csv = CoursePaths.SalesCsv(root);
        var truth = GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)));
        var document = StakeholderReport.Build(training, SalesCsv.LoadTable(csv), truth);
        var figures = document.Charts.ToDictionary(
            c => c.Name,
            c =>
            {
                var json = GenericChart.toFigureJson(c.Chart);
                return (json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
            },
            StringComparer.Ordinal
        );
        return (document, figures);
    }

    // The committed images whose recorded figure hash still matches.
    private static Dictionary<string, byte[]> ReadImages(string root, Dictionary<string, (string Json, string Sha256)> figures)
    {
        var recorded = RecordedHashes(root);
        return figures
            .Where(f => recorded.GetValueOrDefault(f.Key) == f.Value.Sha256 && File.Exists(Path.Combine(ChartFolder(root), f.Key + ".png")))
            .ToDictionary(f => f.Key, f => File.ReadAllBytes(Path.Combine(ChartFolder(root), f.Key + ".png")), StringComparer.Ordinal);
    }

    // An unreadable manifest only means no image can be trusted: they are rendered again (or reported stale by --check).
    private static Dictionary<string, string> RecordedHashes(string root)
    {
        try
        {
            return File.Exists(Manifest(root))
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Manifest(root))) ?? []
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string ManifestJson(IEnumerable<KeyValuePair<string, (string Json, string Sha256)>> figures) =>
        JsonSerializer.Serialize(
            figures.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value.Sha256),
            new JsonSerializerOptions { WriteIndented = true }
        ) + "\n";

    private static string ReportPath(string root) => Path.Combine(root, "reports", StakeholderReport.FileName);

    private static string ChartFolder(string root) => Path.Combine(root, "reports", "charts");

    private static string Manifest(string root) => Path.Combine(ChartFolder(root), "charts.json");
}
