namespace AmazonSalesRegression.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private static readonly string Root = CoursePaths.FindRoot(AppContext.BaseDirectory);

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Train_reproduces_the_committed_model_artifact_byte_for_byte()
    {
        // Given the course data and an output path in a fresh folder
        var output = _cli.PathOf("models", "demand.json");

        // When the production model is trained with the defaults
        var run = await _cli.RunAsync("train", "--data", CoursePaths.SalesCsv(Root), "--out", output);

        // Then the command reports the holdout figures and writes exactly the committed artifact
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("amazon-sales-demand 1.0.0", run.Output);
        Assert.Contains("holdout log R²", run.Output);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(Root, "models", "amazon-sales-demand.json")),
            await File.ReadAllBytesAsync(output)
        );
    }

    [Fact]
    public async Task A_missing_data_file_is_a_one_line_error()
    {
        // Given a path that does not exist
        var missing = _cli.PathOf("nope.csv");

        // When train is asked to read it
        var run = await _cli.RunAsync("train", "--data", missing, "--out", _cli.PathOf("m.json"));

        // Then it fails with exit code 1 and a single error line, and writes nothing
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(_cli.PathOf("m.json")));
    }
}
