using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Checking;

public sealed class NotebookCheckerTests
{
    [Fact]
    public async Task A_freshly_run_notebook_checks_clean_even_with_volatile_values()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("stable", "Console.WriteLine(\"rows: 3\");\n3 * 7"),
                Code("volatile", "Console.WriteLine($\"run {Guid.NewGuid()} took {Environment.TickCount64 % 1000} ms\");")
            )
        );
        await NotebookRunner.RunAsync(path, TestEngine.Run);

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        Assert.True(check.Succeeded, string.Join("\n", check.Mismatches));
        Assert.Equal(2, check.ComparedCells);
    }

    [Fact]
    public async Task A_changed_output_is_reported_with_its_cell_and_first_differing_line()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Of(Markdown("m", "text"), Code("lines", "Console.WriteLine(\"one\\ntwo\\nthree\");")));
        await NotebookRunner.RunAsync(path, TestEngine.Run);
        var committed = await NotebookJson.ReadAsync(path);
        var edited = committed.Cells[1] with { Outputs = [new NotebookStreamOutput("stdout", "one\nTWO\nthree\n")] };
        await NotebookJson.WriteAsync(path, committed with { Cells = [committed.Cells[0], edited] });

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        var mismatch = Assert.Single(check.Mismatches);
        Assert.Equal(
            (1, "lines", 0, 2, "TWO", "two"),
            (mismatch.CellIndex, mismatch.CellId, mismatch.OutputIndex, mismatch.Line, mismatch.Expected, mismatch.Actual)
        );
        Assert.Equal(
            $"{path}: cell 1 (id 'lines'): output 0 (stream stdout): line 2 differs\n  expected: TWO\n  actual:   two",
            mismatch.ToString()
        );
    }

    [Fact]
    public async Task A_missing_or_different_kind_of_output_is_a_mismatch()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(Code("value", "1 + 1"), Code("silent", "var quiet = 1;") with { Outputs = [new NotebookStreamOutput("stdout", "old\n")] })
        );

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        Assert.Equal(2, check.Mismatches.Count);
        Assert.Equal("unexpected output 0 (execute_result)", check.Mismatches[0].Description);
        Assert.Equal("missing output 0 (stream stdout)", check.Mismatches[1].Description);
    }

    [Fact]
    public async Task Skipped_cells_do_not_run_and_ignored_cells_are_not_compared()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("skipped", "throw new Exception(\"must not run\");", NotebookCell.SkipTag) with
                {
                    Outputs = [new NotebookStreamOutput("stdout", "kept\n")],
                },
                Code("ignored", "DateTime.Now.Ticks", NotebookCell.IgnoreOutputTag) with
                {
                    Outputs = [new NotebookStreamOutput("stdout", "anything\n")],
                },
                Code("compared", "\"same\"") with
                {
                    Outputs =
                    [
                        new ExecuteResultOutput(3, new Dictionary<string, System.Text.Json.Nodes.JsonNode> { ["text/plain"] = "same" }, []),
                    ],
                }
            )
        );

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        Assert.True(check.Succeeded, string.Join("\n", check.Mismatches));
        Assert.Equal(1, check.ComparedCells);
    }

    [Fact]
    public async Task Errors_compare_by_name_and_checking_goes_on_after_them()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("fails", "throw new ArgumentException(\"new message\");") with
                {
                    Outputs = [new ErrorOutput("ArgumentException", "old message", [])],
                },
                Code("after", "\"x\"")
            )
        );

        // When
        var check = await NotebookChecker.CheckAsync(path, TestEngine.Run);

        // Then
        var mismatch = Assert.Single(check.Mismatches);
        Assert.Equal("after", mismatch.CellId);
    }
}
