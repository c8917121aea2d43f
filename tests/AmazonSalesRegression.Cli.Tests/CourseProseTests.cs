using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine.Checking;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// Prose bound to results (issue 13): <c>course prose</c> lists what an author still has to bind, and in each course
/// notebook a hand-edited bound number fails the check.
/// </summary>
public sealed class CourseProseTests : IDisposable
{
    private static readonly string Root = CoursePaths.FindRoot(AppContext.BaseDirectory);

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Course_prose_lists_bound_values_and_unbound_numbers_of_a_notebook_that_has_not_opted_in()
    {
        // Given
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        File.WriteAllText(
            _cli.PathOf("notebooks", "01_prose.ipynb"),
            """
            {"cells": [
              {"cell_type": "markdown", "id": "a", "metadata": {}, "source": "# Notebook 1\nWe sell 48 SKUs; R² is <span data-value=\"{r2:F2}\">0.13</span>."}
             ],
             "metadata": {"course": {"literals": ["2024"]}}, "nbformat": 4, "nbformat_minor": 5}
            """
        );

        // When
        var run = await _cli.RunAsync("course", "prose", "--notebook", "1");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("01_prose.ipynb: prose rule off", run.Output, StringComparison.Ordinal);
        Assert.Contains("bound    cell 0: \"{r2:F2}\" -> 0.13", run.Output, StringComparison.Ordinal);
        Assert.Matches("unbound  cell 0: 48 in \"…[^\n]*We sell 48 SKUs", run.Output);
        Assert.Contains("1 bound values, 1 unbound numbers, 1 declared literals.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Course_check_fails_naming_the_notebook_cell_and_values_of_an_edited_bound_number()
    {
        // Given a course notebook with a bound value, run, then edited by hand
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        var path = _cli.PathOf("notebooks", "01_bound.ipynb");
        File.WriteAllText(
            path,
            """
            {"cells": [
              {"cell_type": "code", "execution_count": null, "id": "c", "metadata": {}, "outputs": [], "source": "var units = 731 * 48;"},
              {"cell_type": "markdown", "id": "m", "metadata": {}, "source": "The table has <span data-value=\"{units:N0}\">?</span> rows."}
             ],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        );
        await _cli.RunAsync("course", "run", "--notebook", "1");
        File.WriteAllText(path, File.ReadAllText(path).Replace(">35,088<", ">35,089<", StringComparison.Ordinal));

        // When
        var check = await _cli.RunAsync("course", "run", "--check", "--notebook", "1");

        // Then
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("notebooks/01_bound.ipynb, markdown cell 1 (", check.Error, StringComparison.Ordinal);
        Assert.Contains("id 'm'): \"{units:N0}\" renders 35,088, the text says 35,089", check.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> CourseNotebooks() =>
        new(
            "01_business_context.ipynb",
            "02_linear_regression_fundamentals.ipynb",
            "03_multiple_linear_regression.ipynb",
            "04_model_evaluation_and_metrics.ipynb",
            "05_advanced_topics_and_production.ipynb"
        );

    [Theory]
    [MemberData(nameof(CourseNotebooks))]
    public async Task Flipping_a_bound_number_of_a_course_notebook_fails_the_check(string name)
    {
        // Given the committed notebook and its first bound value
        var original = await NotebookJson.ReadAsync(Path.Combine(Root, "notebooks", name));
        var first = original
            .Cells.Select((cell, index) => (Index: index, Values: cell.CellType == "markdown" ? BoundValues.Parse(cell.Source) : []))
            .FirstOrDefault(c => c.Values.Count > 0);
        if (first.Values is null)
        {
            // Nothing to flip yet: the notebook binds no number, so it must not have opted into the prose rule either.
            Assert.False(
                NotebookRules.IsOptedIn(
                    original,
                    CourseNotebookEngine.RunOptions.Conventions,
                    CourseNotebookEngine.RunOptions.Conventions.ProseFlag
                ),
                $"{name} opted into \"prose\": \"bound\" but binds no number"
            );
            return;
        }

        // ... copied next to the course notebooks (so its paths resolve), with that number changed by hand
        var value = first.Values[0];
        var flipped = value.Rendered + "1";
        var cell = original.Cells[first.Index];
        var edited = cell with { Source = BoundValues.Render(cell.Source, [value], [flipped]) };
        var folder = Path.Combine(Root, "notebooks", $".prose-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, name);
        try
        {
            var cells = original.Cells.Select((c, i) => i == first.Index ? edited : c with { Source = Deeper(c) }).ToArray();
            await NotebookJson.WriteAsync(copy, original with { Cells = cells });

            // When
            var check = await NotebookChecker.CheckAsync(copy, CourseNotebookEngine.RunOptions with { ChartRenderer = null });

            // Then
            Assert.Contains(
                check.ProseProblems,
                p => p.CellIndex == first.Index && p.Message == $"\"{value.Template}\" renders {value.Rendered}, the text says {flipped}"
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The copy sits one folder deeper, so a relative #r path needs one more "../".
    private static string Deeper(NotebookCell cell) =>
        cell.IsCode ? cell.Source.Replace("#r \"../", "#r \"../../", StringComparison.Ordinal) : cell.Source;
}
