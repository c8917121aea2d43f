using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// The static authoring rules a notebook opts into through its metadata (see <see cref="NotebookConventions"/>):
/// with <c>"prose": "bound"</c> every number of markdown prose is bound or a declared literal; with
/// <c>"structure": "checked"</c> headings carry slide metadata, code lines are short, exercise cells follow a markdown
/// statement and are empty of outputs, and solution cells are hidden. Bound values are evaluated by the run, not here.
/// </summary>
public static class NotebookRules
{
    /// <summary>True when <c>metadata.{MetadataKey}.{flag.Key}</c> is the string <c>flag.Value</c>.</summary>
    public static bool IsOptedIn(Notebook notebook, NotebookConventions conventions, (string Key, string Value) flag)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(conventions);
        return notebook.Metadata[conventions.MetadataKey]?[flag.Key] is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && value.GetValue<string>() == flag.Value;
    }

    /// <summary>The problems of the rules <paramref name="notebook"/> opted into, in cell order.</summary>
    public static IReadOnlyList<NotebookProblem> Check(Notebook notebook, string path, NotebookConventions conventions)
    {
        var problems = new List<NotebookProblem>();
        if (IsOptedIn(notebook, conventions, conventions.ProseFlag))
        {
            problems.AddRange(UnboundNumbers(notebook, path, conventions));
        }

        if (IsOptedIn(notebook, conventions, conventions.StructureFlag))
        {
            problems.AddRange(NotebookStructure.Check(notebook, path, conventions));
        }

        return problems.OrderBy(p => p.CellIndex).ToArray();
    }

    /// <summary>Every unbound, undeclared number of the markdown cells, whether or not the notebook opted in.</summary>
    public static IReadOnlyList<NotebookProblem> UnboundNumbers(Notebook notebook, string path, NotebookConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(conventions);
        var literals = ProseNumbers.Literals(notebook.Metadata, conventions);
        var problems = new List<NotebookProblem>();
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            if (notebook.Cells[index].CellType != "markdown")
            {
                continue;
            }

            foreach (var number in ProseNumbers.Find(notebook.Cells[index].Source, literals))
            {
                var message =
                    $"unbound number {number.Text} in \"…{number.Context}…\": bind it with <span data-value=\"{{…}}\">{number.Text}</span> "
                    + $"or add \"{number.Text}\" to metadata.{conventions.MetadataKey}.{conventions.LiteralsKey}";
                problems.Add(NotebookProblem.In(path, notebook, index, message));
            }
        }

        return problems;
    }
}
