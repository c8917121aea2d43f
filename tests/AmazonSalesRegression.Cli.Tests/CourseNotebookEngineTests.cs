using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>What the CLI's hosts give the course notebooks through the engine's options (<see cref="CourseNotebookEngine"/>).</summary>
public sealed class CourseNotebookEngineTests
{
    [Fact]
    public void The_notebook_packages_are_the_ones_cells_reference_with_their_central_versions()
    {
        // When
        var pinned = CourseNotebookEngine.Options.NotebookPackages.Select(p => p.ToString());

        // Then
        Assert.Equal(
            [
                "Deedle 8.1.0",
                "FSharp.Core 10.1.404",
                "MathNet.Numerics 5.0.0",
                "Microsoft.Data.Analysis 0.23.1",
                "Microsoft.ML 5.0.1",
                "Microsoft.ML.FastTree 5.0.1",
                "Plotly.NET 6.0.0",
                "Plotly.NET.CSharp 0.14.0",
            ],
            pinned
        );
    }

    [Fact]
    public void Every_notebook_package_version_matches_the_loaded_assembly()
    {
        // Given
        var loaded = new Dictionary<string, Version>
        {
            ["MathNet.Numerics"] = typeof(MathNet.Numerics.Constants).Assembly.GetName().Version!,
            ["Plotly.NET"] = typeof(Plotly.NET.GenericChart).Assembly.GetName().Version!,
        };

        // When
        var majors = loaded.Keys.Select(name =>
            CourseNotebookEngine.Options.NotebookPackages.Single(p => p.Name == name).Version.Split('.')[0]
        );

        // Then
        Assert.Equal(loaded.Values.Select(v => v.Major.ToString(System.Globalization.CultureInfo.InvariantCulture)), majors);
    }

    [Fact]
    public async Task A_course_cell_uses_the_library_unqualified_and_its_reference_by_path_needs_no_built_file()
    {
        // Given a session as the kernel starts it
        await using var session = NotebookSessions.Create(CourseNotebookEngine.Kernel(Path.GetTempPath()));

        // When a cell names the course library by a path that was never built, then uses its data namespace
        var result = await session.ExecuteAsync(
            "#r \"../src/AmazonSalesRegression/bin/NotBuilt/net10.0/AmazonSalesRegression.dll\"\n"
                + "AmazonSalesRegression.Data.CourseSplit.TestStart.Year + typeof(SalesRecord).Name.Length",
            new SilentOutput(),
            CancellationToken.None
        );

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("2036", result.Result!.Data["text/plain"].GetValue<string>());
    }

    [Fact]
    public void The_repository_root_is_marked_by_the_solution_file()
    {
        // When
        var markers = CourseNotebookEngine.RunOptions.RepositoryRootMarkers;

        // Then
        Assert.Equal(["AmazonSalesRegression.sln"], markers);
        Assert.True(File.Exists(Path.Combine(CoursePaths.FindRoot(AppContext.BaseDirectory), markers[0])));
    }

    private sealed class SilentOutput : ICellOutput
    {
        public void WriteStandardOutput(string text) { }

        public void WriteStandardError(string text) { }

        public void Display(DisplayData data, string? displayId, bool update) { }

        public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No input here.");
    }
}
