using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Notebooks;

public sealed class NotebookJsonTests
{
    [Fact]
    public async Task A_notebook_written_by_Jupyter_reads_and_writes_back_byte_for_byte()
    {
        // Given
        var original = await File.ReadAllTextAsync(Fixtures.Path("roundtrip.ipynb"));

        // When
        var written = NotebookJson.Serialize(NotebookJson.Parse(original));

        // Then
        Assert.Equal(original, written);
    }

    [Fact]
    public async Task Reading_joins_lines_and_types_the_outputs()
    {
        // When
        var notebook = NotebookJson.Parse(await File.ReadAllTextAsync(Fixtures.Path("roundtrip.ipynb")));

        // Then
        var code = notebook.Cells[1];
        Assert.Equal("load-data", code.Id);
        Assert.Equal("var rows = 3;\nConsole.WriteLine($\"loaded {rows} rows\");\n42", code.Source);
        Assert.Equal(1, code.ExecutionCount);
        Assert.Equal(["parameters"], code.Tags);
        var stream = Assert.IsType<NotebookStreamOutput>(code.Outputs[0]);
        Assert.Equal("loaded 3 rows\nmean 2.5\n", stream.Text);
        Assert.IsType<DisplayDataOutput>(code.Outputs[1]);
        Assert.Equal(1, Assert.IsType<ExecuteResultOutput>(code.Outputs[2]).ExecutionCount);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[2].Outputs));
        Assert.Equal("DivideByZeroException", error.EName);
        Assert.True(notebook.Cells[2].HasTag(NotebookCell.RaisesExceptionTag));
    }

    [Fact]
    public void Cells_without_ids_get_deterministic_valid_unique_ids_and_the_notebook_becomes_4_5()
    {
        // Given
        const string json = """
            {"cells": [
              {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "x"},
              {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "x"},
              {"cell_type": "markdown", "metadata": {}, "source": ["# t"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 2}
            """;

        // When
        var first = NotebookJson.Parse(json);
        var second = NotebookJson.Parse(json);

        // Then
        var ids = first.Cells.Select(c => c.Id).ToArray();
        Assert.Equal(ids, second.Cells.Select(c => c.Id));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(CellIds.IsValid(id), id));
        Assert.Equal(5, first.FormatMinor);
        Assert.Empty(NotebookValidator.Validate(first));
    }

    [Fact]
    public void Structural_problems_are_reported_with_their_location()
    {
        // Given
        const string json = """
            {"cells": [
              {"cell_type": "code", "id": "a b", "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdlog", "text": "x"}], "source": ""},
              {"cell_type": "markdown", "id": "dup", "metadata": {}, "source": "", "outputs": []},
              {"cell_type": "raw", "id": "dup", "metadata": {}, "source": ""}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;

        // When
        var problem = Assert.Throws<NotebookFormatException>(() => NotebookJson.Parse(json));

        // Then
        Assert.Contains("cells[0].id: 'a b' does not match ^[a-zA-Z0-9-_]+$ with 1 to 64 characters", problem.Problems);
        Assert.Contains("cells[0].execution_count: required for code cells (null when not run)", problem.Problems);
        Assert.Contains("cells[0].outputs[0].name: expected stdout or stderr, found 'stdlog'", problem.Problems);
        Assert.Contains("cells[1]: a markdown cell cannot have outputs or an execution count", problem.Problems);
        Assert.Contains("cells[2].id: 'dup' is not unique", problem.Problems);
    }

    [Fact]
    public void Ids_are_required_from_4_5_on_when_validating_raw_json()
    {
        // Given
        var json = System.Text.Json.Nodes.JsonNode.Parse(
            """
            {"cells": [{"cell_type": "raw", "metadata": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        );

        // When
        var problems = NotebookValidator.Validate(json);

        // Then
        Assert.Equal(["cells[0].id: required from nbformat 4.5 on"], problems);
    }

    [Fact]
    public void An_id_longer_than_64_characters_cannot_be_written()
    {
        // Given
        var notebook = NotebookBuilder.Of(NotebookBuilder.Code(new string('a', 65), "1"));

        // When
        var problem = Assert.Throws<NotebookFormatException>(() => NotebookJson.Serialize(notebook));

        // Then
        Assert.Single(problem.Problems);
    }

    [Fact]
    public void Writing_uses_jupyters_layout()
    {
        // Given
        var notebook = NotebookBuilder.Of(
            NotebookBuilder.Code("c1", "a\nb", "tag") with
            {
                Outputs = [new NotebookStreamOutput("stdout", "x\ty\u0002\n")],
            }
        );

        // When
        var json = NotebookJson.Serialize(notebook);

        // Then
        Assert.Equal(
            """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "c1",
               "metadata": {
                "tags": [
                 "tag"
                ]
               },
               "outputs": [
                {
                 "name": "stdout",
                 "output_type": "stream",
                 "text": [
                  "x\ty\u0002\n"
                 ]
                }
               ],
               "source": [
                "a\n",
                "b"
               ]
              }
             ],
             "metadata": {
              "kernelspec": {
               "display_name": "C#",
               "language": "C#",
               "name": "csharp"
              }
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }

            """,
            json
        );
    }
}
