using AmazonSalesRegression.Cli.Course;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// <c>course export</c> and the twin step of <c>course run --check</c>, in a copy of the repository's notebooks (the
/// committed twins passing the check is covered by the committed-course test).
/// </summary>
public sealed class NotebookTwinsTests : IDisposable
{
    private static readonly string Repository = CoursePaths.FindRoot(AppContext.BaseDirectory);
    private readonly CliHarness _cli = new();

    public NotebookTwinsTests()
    {
        // The notebooks, and the library project their #r of the built DLL maps to.
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        foreach (var notebook in Directory.GetFiles(Path.Combine(Repository, "notebooks"), "*.ipynb"))
        {
            File.Copy(notebook, _cli.PathOf("notebooks", Path.GetFileName(notebook)));
        }

        Directory.CreateDirectory(_cli.PathOf("src", "AmazonSalesRegression"));
        File.Copy(
            Path.Combine(Repository, "src", "AmazonSalesRegression", "AmazonSalesRegression.csproj"),
            _cli.PathOf("src", "AmazonSalesRegression", "AmazonSalesRegression.csproj")
        );
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Export_writes_the_committed_twins_and_the_check_passes()
    {
        // When the twins are exported into the copy
        var run = await _cli.RunAsync("course", "export");

        // Then they are byte for byte the committed ones, and the check agrees
        Assert.True(run.ExitCode == 0, run.Error);
        var written = Directory.GetFiles(_cli.PathOf("notebooks", "cs")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(Repository, "notebooks", "cs"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal), written);
        foreach (var twin in written)
        {
            Assert.Contains($"wrote notebooks/cs/{twin}", run.Output, StringComparison.Ordinal);
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(Repository, "notebooks", "cs", twin!)),
                await File.ReadAllBytesAsync(_cli.PathOf("notebooks", "cs", twin!))
            );
        }

        Assert.Equal("5 file-based twins match their notebooks", await Check());
    }

    [Fact]
    public async Task A_stale_twin_fails_the_check_naming_the_file_and_the_fix()
    {
        // Given exported twins, one of them edited by hand
        await _cli.RunAsync("course", "export");
        await File.AppendAllTextAsync(_cli.PathOf("notebooks", "cs", "03_multiple_linear_regression.cs"), "// edited\n");

        // When
        var error = await Assert.ThrowsAsync<CourseStepException>(Check);

        // Then
        Assert.Equal(
            "notebooks/cs/03_multiple_linear_regression.cs differs from what its notebook translates to; "
                + "rewrite it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course export' (or course run).",
            error.Message
        );
    }

    [Fact]
    public async Task A_twin_without_its_notebook_fails_the_check()
    {
        // Given exported twins and one left over from a deleted notebook
        await _cli.RunAsync("course", "export");
        await File.WriteAllTextAsync(_cli.PathOf("notebooks", "cs", "06_gone.cs"), "Console.WriteLine();\n");

        // When
        var error = await Assert.ThrowsAsync<CourseStepException>(Check);

        // Then
        Assert.Equal("notebooks/cs/06_gone.cs has no notebook in notebooks/; delete it.", error.Message);
    }

    [Fact]
    public async Task Export_of_one_notebook_writes_only_its_twin()
    {
        // When
        var run = await _cli.RunAsync("course", "export", "--notebook", "2");

        // Then
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["02_linear_regression_fundamentals.cs"], Directory.GetFiles(_cli.PathOf("notebooks", "cs")).Select(Path.GetFileName));
    }

    private Task<string> Check() => NotebookTwins.For(_cli.Root, new CourseRunOptions(true, null)).Run(CancellationToken.None);
}
