using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running;
using AmazonSalesRegression.Engine.Tests.Support;
using static AmazonSalesRegression.Engine.Tests.Support.NotebookBuilder;

namespace AmazonSalesRegression.Engine.Tests.Prose;

public sealed class NotebookRulesTests
{
    private const string Slide = """{"slideshow": {"slide_type": "slide"}}""";
    private const string Hidden = """{"jupyter": {"source_hidden": true, "outputs_hidden": true}}""";

    private static IReadOnlyList<string> Problems(Notebook notebook) =>
        NotebookRules.Check(notebook, "n.ipynb", NotebookConventions.Default).Select(p => p.ToString()).ToArray();

    [Fact]
    public void An_unbound_number_fails_an_opted_in_notebook_naming_the_cell_the_number_its_context_and_the_fix()
    {
        // Given
        var notebook = Of(Markdown("m", "The model explains 13 % of the variance.")).WithCourse("""{"prose": "bound"}""");

        // When
        var problems = Problems(notebook);

        // Then
        Assert.Equal(
            [
                "n.ipynb, markdown cell 0 (\"The model explains 13 % of…\", id 'm'): unbound number 13 % in "
                    + "\"…The model explains 13 % of the variance.…\": bind it with <span data-value=\"{…}\">13 %</span> "
                    + "or add \"13 %\" to metadata.authoring.literals",
            ],
            problems
        );
    }

    [Fact]
    public void The_same_number_passes_when_declared_a_literal_and_when_the_notebook_has_not_opted_in()
    {
        // Given
        var text = Markdown("m", "The data covers 48 SKUs.");

        // When
        var declared = Problems(Of(text).WithCourse("""{"prose": "bound", "literals": ["48"]}"""));
        var notOptedIn = Problems(Of(text));

        // Then
        Assert.Empty(declared);
        Assert.Empty(notOptedIn);
        Assert.Single(NotebookRules.UnboundNumbers(Of(text), "n.ipynb", NotebookConventions.Default));
    }

    [Fact]
    public void A_heading_cell_without_slide_metadata_fails_and_passes_with_it()
    {
        // Given
        var bare = Of(Markdown("h", "## Residuals\nText")).WithCourse("""{"structure": "checked"}""");
        var slide = Of(Markdown("h", "## Residuals\nText").WithMetadata(Slide)).WithCourse("""{"structure": "checked"}""");

        // When
        var problems = Problems(bare);

        // Then
        Assert.Contains("markdown cell 0 (\"## Residuals\", id 'h'): a heading cell needs slide metadata", Assert.Single(problems));
        Assert.Empty(Problems(slide));
    }

    [Fact]
    public void A_code_line_of_101_characters_fails_naming_cell_and_line_and_100_pass()
    {
        // Given
        var notebook = Of(Code("long", "var a = 1;\n" + new string('x', 101) + "\n" + new string('y', 100)))
            .WithCourse("""{"structure": "checked"}""");

        // When
        var problems = Problems(notebook);

        // Then
        Assert.EndsWith("code cell 0 (\"var a = 1;\", id 'long'): line 2 has 101 characters, more than 100", Assert.Single(problems));
    }

    [Fact]
    public void A_solution_cell_without_hidden_metadata_fails_and_passes_with_it()
    {
        // Given
        Notebook With(NotebookCell solution) => Of(Markdown("s", "Statement"), solution).WithCourse("""{"structure": "checked"}""");
        var sourceOnly = Code("sol", "1", "solution").WithMetadata("""{"jupyter": {"source_hidden": true}}""");

        // When
        var problems = Problems(With(sourceOnly));

        // Then
        Assert.Contains("a cell tagged 'solution' must be hidden", Assert.Single(problems));
        Assert.Empty(Problems(With(Code("sol", "1", "solution").WithMetadata(Hidden))));
    }

    [Fact]
    public void An_exercise_cell_must_follow_a_markdown_statement_and_have_no_outputs()
    {
        // Given
        var notebook = Of(
                Code("setup", "1"),
                Code("first", "", "exercise"),
                Markdown("statement", "Now try it.\n<details><summary>Hint</summary>Use `Fit`.</details>"),
                Code("second", "", "exercise") with
                {
                    Outputs = [new NotebookStreamOutput("stdout", "x\n")],
                }
            )
            .WithCourse("""{"structure": "checked"}""");

        // When
        var problems = Problems(notebook);

        // Then
        Assert.Collection(
            problems,
            first => Assert.Contains("code cell 1 (\"\", id 'first'): a cell tagged 'exercise' must follow a markdown cell", first),
            second => Assert.Contains("code cell 3 (\"\", id 'second'): a cell tagged 'exercise' is never executed", second)
        );
    }

    [Fact]
    public async Task Course_check_enforces_the_rules_of_an_opted_in_notebook()
    {
        // Given
        using var folder = new TempDirectory();
        var path = await WriteAsync(
            folder,
            Of(Markdown("h", "# Title\nWe use 48 SKUs."), Code("c", "var n = 48;"))
                .WithCourse("""{"prose": "bound", "structure": "checked"}""")
        );
        var options = TestEngine.Run with { ChartRenderer = null };
        await NotebookRunner.RunAsync(path, options);

        // When
        var check = await NotebookChecker.CheckAsync(path, options);

        // Then
        Assert.False(check.Succeeded);
        Assert.Equal(2, check.ProseProblems.Count);
        Assert.StartsWith("unbound number 48 ", check.ProseProblems[0].Message, StringComparison.Ordinal);
        Assert.Contains("slide metadata", check.ProseProblems[1].Message, StringComparison.Ordinal);
    }
}
