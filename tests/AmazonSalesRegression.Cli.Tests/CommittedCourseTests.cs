namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The course as committed: every notebook re-executed and compared with its stored outputs (and its file-based twin
/// with its translation), the production model
/// retrained and compared byte for byte, the stakeholder report rebuilt and compared, exactly what
/// <c>course run --check</c> does in CI.
/// </summary>
public sealed class CommittedCourseTests
{
    private static readonly string Root = CoursePaths.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public async Task The_committed_notebooks_model_and_report_match_a_fresh_run()
    {
        // Given the five lesson notebooks of the repository
        var lessons = Directory.GetFiles(Path.Combine(Root, "notebooks"), "0?_*.ipynb").Select(Path.GetFileName).Order().ToList();

        // When the course is checked
        var run = await CliHarness.RunInAsync(Root, "course", "run", "--check");

        // Then every notebook, the model and the report match
        Assert.Equal(
            [
                "01_business_context.ipynb",
                "02_linear_regression_fundamentals.ipynb",
                "03_multiple_linear_regression.ipynb",
                "04_model_evaluation_and_metrics.ipynb",
                "05_advanced_topics_and_production.ipynb",
            ],
            lessons
        );
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        foreach (var lesson in lessons)
        {
            Assert.Matches($"{lesson}[^\\n]*cells match the committed outputs", run.Output);
        }

        Assert.Contains("5 file-based twins match their notebooks", run.Output, StringComparison.Ordinal);
        Assert.Contains("matches a fresh training", run.Output, StringComparison.Ordinal);
        Assert.Contains("match a fresh build", run.Output, StringComparison.Ordinal);
    }
}
