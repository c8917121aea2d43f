using AmazonSalesRegression.Cli.Course;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// <c>course run --check</c> on the stakeholder report, in a copy of the repository's data and report: the passing
/// path is covered by the committed-course test; these are the two ways it must fail.
/// </summary>
public sealed class ReportStepCheckTests : IClassFixture<ReportStepCheckTests.Training>, IDisposable
{
    private readonly Lazy<ProductionTraining> _training;
    private readonly string _root = Directory.CreateTempSubdirectory("asr-report-check-").FullName;

    public ReportStepCheckTests(Training training)
    {
        _training = training.Value;
        var repository = CoursePaths.FindRoot(AppContext.BaseDirectory);
        foreach (
            var file in new[] { "data/amazon_sales.csv", "data/amazon_sales.truth.json", "reports/amazon_sales_report.html" }.Concat(
                Directory.GetFiles(Path.Combine(repository, "reports", "charts")).Select(f => Path.GetRelativePath(repository, f))
            )
        )
        {
            var target = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repository, file), target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_chart_image_recorded_for_another_figure_fails_the_check_and_names_the_chart()
    {
        // Given a manifest whose hash for one chart no longer matches that chart's figure
        var manifest = Path.Combine(_root, "reports", "charts", "charts.json");
        var text = await File.ReadAllTextAsync(manifest);
        var start = text.IndexOf("\"weekly_revenue\": \"", StringComparison.Ordinal) + "\"weekly_revenue\": \"".Length;
        await File.WriteAllTextAsync(manifest, text[..start] + new string('0', 64) + text[(start + 64)..]);

        // When the report step checks
        var error = await Assert.ThrowsAsync<CourseStepException>(() => Check());

        // Then it names the stale chart and the fix
        Assert.Equal(
            "reports/charts: the images of weekly_revenue do not match their charts; rebuild it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course run'.",
            error.Message
        );
    }

    [Fact]
    public async Task An_edited_report_fails_the_check()
    {
        // Given a committed report that someone edited by hand
        var report = Path.Combine(_root, "reports", "amazon_sales_report.html");
        await File.AppendAllTextAsync(report, "<!-- edited -->");

        // When the report step checks
        var error = await Assert.ThrowsAsync<CourseStepException>(() => Check());

        // Then it says which file differs and how to rebuild it
        Assert.StartsWith(
            "reports/amazon_sales_report.html differs from what the course produces today; rebuild it",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_unchanged_copy_passes_the_check()
    {
        // When the report step checks the untouched copy
        var outcome = await Check();

        // Then it matches (so the failures above come from the edits alone)
        Assert.Equal("reports/amazon_sales_report.html and its 4 charts match a fresh build", outcome);
    }

    private Task<string> Check() => ReportStep.For(_root, new CourseRunOptions(true, null), _training).Run(CancellationToken.None);

    /// <summary>The production model trained once for the class, on the repository's data set.</summary>
    public sealed class Training
    {
        public Lazy<ProductionTraining> Value { get; } =
            new(() => ProductionModel.Train(CoursePaths.SalesCsv(CoursePaths.FindRoot(AppContext.BaseDirectory))));
    }
}
