using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Running;

/// <summary>The repository root of a run (<see cref="NotebookRunOptions.RepositoryRootMarkers"/>).</summary>
public sealed class RepositoryRootTests
{
    [Fact]
    public void The_nearest_folder_holding_a_marker_file_or_folder_is_the_root()
    {
        // Given a marker file at the top, a marker folder below it, and a folder below both
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("course.marker"), string.Empty);
        var inner = Directory.CreateDirectory(Path.Combine(folder.Path, "inner", ".repo")).Parent!.FullName;
        var start = Directory.CreateDirectory(Path.Combine(inner, "notebooks", "lesson")).FullName;

        // When
        var byFile = RepositoryRoot.Find(start, ["course.marker"]);
        var byFolder = RepositoryRoot.Find(start, ["course.marker", ".repo"]);
        var none = RepositoryRoot.Find(start, []);

        // Then
        Assert.Equal(folder.Path, byFile);
        Assert.Equal(inner, byFolder);
        Assert.Null(none);
    }

    [Fact]
    public async Task Paths_under_the_root_found_by_its_marker_are_written_relative_to_the_notebook()
    {
        // Given a repository marked by a custom file, and a notebook below it that prints a path of the repository
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("course.marker"), string.Empty);
        Directory.CreateDirectory(folder.File("notebooks"));
        var data = Path.Combine(folder.Path, "data", "sales.csv");
        var path = await WriteAsync(
            folder,
            Of(Code("print", $"Console.WriteLine(@\"{data}\");")),
            Path.Combine("notebooks", "paths.ipynb")
        );
        var options = TestEngine.Run with { ChartRenderer = null, RepositoryRootMarkers = ["course.marker"] };

        // When the notebook runs with the marker, and without
        var marked = await NotebookRunner.RunAsync(path, writeBack: false, options);
        var unmarked = await NotebookRunner.RunAsync(path, writeBack: false, options with { RepositoryRootMarkers = [] });

        // Then
        Assert.Equal([new NotebookStreamOutput("stdout", "../data/sales.csv\n")], marked.Notebook.Cells[0].Outputs);
        Assert.Equal([new NotebookStreamOutput("stdout", data + "\n")], unmarked.Notebook.Cells[0].Outputs);
    }
}
