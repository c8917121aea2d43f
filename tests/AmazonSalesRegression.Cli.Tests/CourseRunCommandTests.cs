namespace AmazonSalesRegression.Cli.Tests;

public sealed class CourseRunCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Course_run_on_a_fresh_clone_generates_the_data_set_and_succeeds()
    {
        // Given a course folder without data
        Assert.False(File.Exists(_cli.PathOf("data", "amazon_sales.csv")));

        // When the main job runs
        var run = await _cli.RunAsync("course", "run");

        // Then it succeeds and writes the CSV, its truth file and the production model
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.True(File.Exists(_cli.PathOf("data", "amazon_sales.csv")));
        Assert.True(File.Exists(_cli.PathOf("data", "amazon_sales.truth.json")));
        Assert.True(File.Exists(_cli.PathOf("models", "amazon-sales-demand.json")));
        Assert.Contains("generated", run.Output);
    }

    [Fact]
    public async Task Course_run_twice_leaves_the_data_set_as_it_is()
    {
        // Given a course run has generated the data
        await _cli.RunAsync("course", "run");
        var before = File.GetLastWriteTimeUtc(_cli.PathOf("data", "amazon_sales.csv"));

        // When it runs again
        var run = await _cli.RunAsync("course", "run");

        // Then it reports the data as up to date and does not rewrite it
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("up to date", run.Output);
        Assert.Equal(before, File.GetLastWriteTimeUtc(_cli.PathOf("data", "amazon_sales.csv")));
    }

    [Fact]
    public async Task Course_run_over_an_edited_data_set_fails_with_a_one_line_reason()
    {
        // Given a generated data set that a learner has edited
        await _cli.RunAsync("course", "run");
        File.AppendAllText(_cli.PathOf("data", "amazon_sales.csv"), "edited\n");

        // When the main job runs
        var run = await _cli.RunAsync("course", "run");

        // Then it exits non-zero, says how to restore the data, and keeps the learner's file
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("data generate", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.EndsWith("edited\n", File.ReadAllText(_cli.PathOf("data", "amazon_sales.csv")));
    }

    [Fact]
    public async Task Course_run_outside_the_repository_names_the_folder_it_searched()
    {
        // Given a working directory that is not inside the course
        File.Delete(_cli.PathOf("AmazonSalesRegression.sln"));

        // When the main job runs
        var run = await _cli.RunAsync("course", "run");

        // Then it fails with a reason instead of a stack trace
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AmazonSalesRegression.sln", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
