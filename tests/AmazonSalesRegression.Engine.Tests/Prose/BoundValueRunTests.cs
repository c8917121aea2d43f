using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Prose;

public sealed class BoundValueRunTests
{
    private static readonly NotebookRunOptions NoCharts = TestEngine.Run with { ChartRenderer = null };

    private static Notebook Shares() =>
        Of(
            Code("fit", "var share = 0.1234;\nvar slope = -2.84;"),
            Markdown(
                "summary",
                "About <span data-value=\"{100 * share:F0} %\">?</span> of sales; each dollar costs <span data-value='{-slope:F1}'>x</span> units."
            ),
            Code("after", "share * 100")
        );

    [Fact]
    public async Task A_bound_value_is_rendered_into_the_markdown_without_changing_counts_or_outputs()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Shares());

        // When
        var result = await NotebookRunner.RunAsync(path, NoCharts);
        var written = await NotebookJson.ReadAsync(path);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.ProseProblems));
        Assert.Equal(
            "About <span data-value=\"{100 * share:F0} %\">12 %</span> of sales; each dollar costs <span data-value='{-slope:F1}'>2.8</span> units.",
            written.Cells[1].Source
        );
        Assert.Equal([1, null, 2], written.Cells.Select(c => c.ExecutionCount));
        var value = Assert.IsType<ExecuteResultOutput>(Assert.Single(written.Cells[2].Outputs));
        Assert.Equal((2, "12.34"), (value.ExecutionCount, value.Data["text/plain"].ToString()));
    }

    [Fact]
    public async Task Check_fails_when_a_bound_number_was_edited_by_hand_naming_notebook_cell_template_and_both_values()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(folder, Shares());
        await NotebookRunner.RunAsync(path, NoCharts);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace(">12 %<", ">14 %<", StringComparison.Ordinal));

        // When
        var check = await NotebookChecker.CheckAsync(path, NoCharts);

        // Then
        Assert.False(check.Succeeded);
        Assert.Empty(check.Mismatches);
        var problem = Assert.Single(check.ProseProblems);
        Assert.Equal(
            $"{path}, markdown cell 1 (\"About <span data-value=\"{{100 * share:F0}} %\">14…\", id 'summary'): "
                + "\"{100 * share:F0} %\" renders 12 %, the text says 14 %",
            problem.ToString()
        );
    }

    [Fact]
    public async Task A_template_that_does_not_compile_or_throws_is_a_located_failure_and_the_others_still_render()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("zero", "var zero = 0;"),
                Markdown(
                    "bad",
                    "<span data-value=\"{missing:F2}\">a</span>, <span data-value=\"{1 / zero}\">b</span>, <span data-value=\"{zero + 1}\">c</span>"
                )
            )
        );

        // When
        var run = await NotebookRunner.RunAsync(path, NoCharts);
        var check = await NotebookChecker.CheckAsync(path, NoCharts);

        // Then
        Assert.False(run.Succeeded);
        Assert.Collection(
            run.ProseProblems,
            compile =>
                Assert.Matches("^.*, markdown cell 1 .*: \"\\{missing:F2\\}\" does not compile: .*CS0103.*missing", compile.ToString()),
            throws => Assert.Matches("^.*, markdown cell 1 .*: \"\\{1 / zero\\}\" throws DivideByZeroException: ", throws.ToString())
        );
        Assert.EndsWith(
            "<span data-value=\"{zero + 1}\">1</span>",
            (await NotebookJson.ReadAsync(path)).Cells[1].Source,
            StringComparison.Ordinal
        );
        Assert.Equal(2, check.ProseProblems.Count);
    }

    [Fact]
    public async Task Entities_in_the_template_are_decoded_and_the_rendered_text_is_escaped()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Code("flag", "var good = true;"),
                Markdown("html", "<span data-value=\"{(good ? &quot;fit&quot; : &quot;no fit&quot;)} &lt;&amp;&gt; &#39;\">old</span>")
            )
        );

        // When
        var run = await NotebookRunner.RunAsync(path, NoCharts);
        var source = (await NotebookJson.ReadAsync(path)).Cells[1].Source;

        // Then
        Assert.True(run.Succeeded, string.Join("\n", run.ProseProblems));
        Assert.EndsWith(">fit &lt;&amp;&gt; '</span>", source, StringComparison.Ordinal);
        Assert.Equal("fit <&> '", Assert.Single(BoundValues.Parse(source)).Rendered);
        Assert.True((await NotebookChecker.CheckAsync(path, NoCharts)).Succeeded);
    }

    [Fact]
    public async Task An_exercise_cell_is_not_executed_and_keeps_no_outputs()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(
                Markdown("statement", "Compute the mean."),
                Code("exercise", "throw new InvalidOperationException(\"learner code\");", "exercise") with
                {
                    ExecutionCount = 7,
                    Outputs = [new NotebookStreamOutput("stdout", "old\n")],
                },
                Code("solution", "1 + 1", "solution")
            )
        );

        // When
        var run = await NotebookRunner.RunAsync(path, NoCharts);
        var check = await NotebookChecker.CheckAsync(path, NoCharts);

        // Then
        Assert.True(run.Succeeded);
        Assert.Equal(1, run.ExecutedCells);
        Assert.Equal([null, null, 1], run.Notebook.Cells.Select(c => c.ExecutionCount));
        Assert.Empty(run.Notebook.Cells[1].Outputs);
        Assert.True(check.Succeeded);
        Assert.Equal(1, check.ComparedCells);
    }
}
