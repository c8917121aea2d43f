using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// The structure rules (see <see cref="NotebookConventions"/>): every heading cell (first line <c>#</c> to
/// <c>###</c>) has <c>metadata.slideshow.slide_type</c>; no code line is longer than the limit; an exercise cell is a
/// code cell right after a markdown cell (its statement, hints in <c>&lt;details&gt;</c> allowed) with no outputs;
/// a solution code cell has <c>metadata.jupyter</c> <c>source_hidden</c> and <c>outputs_hidden</c> true.
/// </summary>
internal static partial class NotebookStructure
{
    public static IEnumerable<NotebookProblem> Check(Notebook notebook, string path, NotebookConventions conventions)
    {
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            foreach (var message in Problems(notebook, index, cell, conventions))
            {
                yield return NotebookProblem.In(path, notebook, index, message);
            }
        }
    }

    private static IEnumerable<string> Problems(Notebook notebook, int index, NotebookCell cell, NotebookConventions conventions)
    {
        if (
            cell.CellType == "markdown"
            && Heading().Match(cell.Source) is { Success: true } heading
            && heading.Groups["level"].Length <= conventions.MaxSlideHeadingLevel
            && !conventions.SlideTypes.Contains(Text(cell.Metadata["slideshow"]?["slide_type"]) ?? string.Empty)
        )
        {
            yield return "a heading cell needs slide metadata: add \"slideshow\": {\"slide_type\": \"slide\"} (or \"subslide\") to the cell's metadata";
        }

        if (cell.IsCode)
        {
            var lines = cell.Source.Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                if (lines[line].TrimEnd('\r').Length > conventions.MaxCodeLineLength)
                {
                    yield return string.Create(
                        CultureInfo.InvariantCulture,
                        $"line {line + 1} has {lines[line].TrimEnd('\r').Length} characters, more than {conventions.MaxCodeLineLength}"
                    );
                }
            }
        }

        if (cell.HasTag(conventions.ExerciseTag))
        {
            if (!cell.IsCode)
            {
                yield return $"a cell tagged '{conventions.ExerciseTag}' must be a code cell";
            }
            else if (index == 0 || notebook.Cells[index - 1].CellType != "markdown")
            {
                yield return $"a cell tagged '{conventions.ExerciseTag}' must follow a markdown cell that states the exercise";
            }

            if (cell.Outputs.Count > 0 || cell.ExecutionCount is not null)
            {
                yield return $"a cell tagged '{conventions.ExerciseTag}' is never executed, so it must have no outputs and no execution count ({conventions.RerunHint})";
            }
        }

        if (
            cell.IsCode
            && cell.HasTag(conventions.SolutionTag)
            && !(IsTrue(cell.Metadata["jupyter"]?["source_hidden"]) && IsTrue(cell.Metadata["jupyter"]?["outputs_hidden"]))
        )
        {
            yield return $"a cell tagged '{conventions.SolutionTag}' must be hidden: set \"jupyter\": {{\"source_hidden\": true, \"outputs_hidden\": true}} in its metadata";
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    [GeneratedRegex(@"\A[ \t]*(?<level>#{1,6})[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
