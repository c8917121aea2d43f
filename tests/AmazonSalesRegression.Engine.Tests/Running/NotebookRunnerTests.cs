using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Running;

public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task Running_writes_outputs_and_execution_counts_back_to_the_file()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Markdown("intro", "# Title"),
                Code("define", "var total = 40;"),
                Code(
                    "print",
                    "Console.WriteLine(\"a\");\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"warn\");\nConsole.WriteLine(\"c\");"
                ),
                Code("show", "display(HTML(\"<i>x</i>\"));\ntotal + 2")
            )
        );

        // When
        var result = await NotebookRunner.RunAsync(path, TestEngine.Run);
        var written = await NotebookJson.ReadAsync(path);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal(3, result.ExecutedCells);
        Assert.Equal([null, 1, 2, 3], written.Cells.Select(c => c.ExecutionCount));
        Assert.Empty(written.Cells[1].Outputs);
        Assert.Equal(
            [
                new NotebookStreamOutput("stdout", "a\nb\n"),
                new NotebookStreamOutput("stderr", "warn\n"),
                new NotebookStreamOutput("stdout", "c\n"),
            ],
            written.Cells[2].Outputs
        );
        var display = Assert.IsType<DisplayDataOutput>(written.Cells[3].Outputs[0]);
        Assert.Equal("<i>x</i>", display.Data["text/html"].GetValue<string>());
        var value = Assert.IsType<ExecuteResultOutput>(written.Cells[3].Outputs[1]);
        Assert.Equal(3, value.ExecutionCount);
        Assert.Equal("42", value.Data["text/plain"].GetValue<string>());
    }

    [Fact]
    public async Task Running_twice_writes_identical_bytes()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(Code("table", "new[] { new { Name = \"a\", Value = 1.5 } }"), Code("chart", "Chart.Invisible()"))
        );
        await NotebookRunner.RunAsync(path, TestEngine.Run);
        var first = await File.ReadAllBytesAsync(path);

        // When
        await NotebookRunner.RunAsync(path, TestEngine.Run);

        // Then
        Assert.Equal(first, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task The_run_stops_at_the_first_failing_cell_and_clears_the_cells_after_it()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("ok", "1"),
                Code("bad", "throw new InvalidOperationException(\"stop here\");"),
                Code("later", "2") with
                {
                    ExecutionCount = 9,
                    Outputs = [new NotebookStreamOutput("stdout", "stale\n")],
                }
            )
        );

        // When
        var result = await NotebookRunner.RunAsync(path, TestEngine.Run);
        var written = await NotebookJson.ReadAsync(path);

        // Then
        var failure = Assert.Single(result.Failures);
        Assert.Equal(
            (path, 1, "bad", "InvalidOperationException", "stop here"),
            (failure.NotebookPath, failure.CellIndex, failure.CellId, failure.Error.Name, failure.Error.Value)
        );
        var error = Assert.IsType<ErrorOutput>(Assert.Single(written.Cells[1].Outputs));
        Assert.Equal("InvalidOperationException", error.EName);
        Assert.Null(written.Cells[2].ExecutionCount);
        Assert.Empty(written.Cells[2].Outputs);
    }

    [Fact]
    public async Task A_cell_tagged_raises_exception_may_fail_and_the_run_goes_on()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(Code("expected", "int.Parse(\"not a number\")", NotebookCell.RaisesExceptionTag), Code("after", "\"still running\""))
        );

        // When
        var result = await NotebookRunner.RunAsync(path, writeBack: false, TestEngine.Run);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal("FormatException", Assert.IsType<ErrorOutput>(Assert.Single(result.Notebook.Cells[0].Outputs)).EName);
        Assert.Equal(
            "still running",
            Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Notebook.Cells[1].Outputs)).Data["text/plain"].GetValue<string>()
        );
    }

    [Fact]
    public async Task A_cell_tagged_raises_exception_that_does_not_raise_is_a_failure()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Code("quiet", "1 + 1", NotebookCell.RaisesExceptionTag)));

        // When
        var result = await NotebookRunner.RunAsync(path, writeBack: false, TestEngine.Run);

        // Then
        var failure = Assert.Single(result.Failures);
        Assert.Equal(NotebookFailure.MissingExpectedError, failure.Error.Name);
        Assert.Equal("quiet", failure.CellId);
    }

    [Fact]
    public async Task Cells_run_in_the_notebook_folder_and_absolute_paths_are_written_relative()
    {
        // Given
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("data.txt"), "from file");
        var path = await WriteAsync(
            folder,
            Of(
                Code(
                    "paths",
                    "Console.WriteLine(File.ReadAllText(\"data.txt\"));\nConsole.WriteLine(Path.GetFullPath(\"data.txt\"));\nDirectory.GetCurrentDirectory()"
                )
            )
        );

        // When
        var result = await NotebookRunner.RunAsync(path, writeBack: false, TestEngine.Run);

        // Then
        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(new NotebookStreamOutput("stdout", "from file\n./data.txt\n"), outputs[0]);
        Assert.Equal(".", Assert.IsType<ExecuteResultOutput>(outputs[1]).Data["text/plain"].GetValue<string>());
    }

    [Fact]
    public async Task A_display_updated_by_a_later_cell_is_replaced_where_it_was_shown()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(Code("show", "var status = display(\"working\");"), Code("update", "status.Update(\"done\");"))
        );

        // When
        var result = await NotebookRunner.RunAsync(path, writeBack: false, TestEngine.Run);

        // Then
        var shown = Assert.IsType<DisplayDataOutput>(Assert.Single(result.Notebook.Cells[0].Outputs));
        Assert.Equal("done", shown.Data["text/plain"].GetValue<string>());
        Assert.Empty(result.Notebook.Cells[1].Outputs);
    }
}
