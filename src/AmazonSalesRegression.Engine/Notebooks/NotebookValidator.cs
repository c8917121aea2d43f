using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>
/// The nbformat 4.5 rules that can be checked without the JSON schema: top-level keys, the keys each cell type and
/// output type requires, cell types, stream names, and the id rules (pattern, length 1 to 64, unique).
/// </summary>
public static partial class NotebookValidator
{
    private static readonly string[] s_cellTypes = ["code", "markdown", "raw"];

    /// <summary>Problems in notebook JSON, each prefixed with where it is (e.g. <c>cells[2].outputs[0].name</c>).</summary>
    public static IReadOnlyList<string> Validate(JsonNode? root) => Validate(root, allowMissingIds: false);

    /// <summary>Problems in a notebook model: format version and the id rules.</summary>
    public static IReadOnlyList<string> Validate(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = new List<string>();
        if (notebook.FormatMajor != 4 || notebook.FormatMinor < 5)
        {
            problems.Add($"nbformat: expected 4.5 or later 4.x, found {notebook.FormatMajor}.{notebook.FormatMinor}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            CheckId(problems, $"cells[{i}].id", cell.Id, seen);
            if (!s_cellTypes.Contains(cell.CellType))
            {
                problems.Add($"cells[{i}].cell_type: unknown cell type '{cell.CellType}'");
            }

            if (!cell.IsCode && (cell.Outputs.Count > 0 || cell.ExecutionCount is not null))
            {
                problems.Add($"cells[{i}]: a {cell.CellType} cell cannot have outputs or an execution count");
            }
        }

        return problems;
    }

    private static void CheckId(List<string> problems, string where, string id, HashSet<string> seen)
    {
        if (!CellIds.IsValid(id))
        {
            problems.Add($"{where}: '{id}' does not match ^[a-zA-Z0-9-_]+$ with 1 to 64 characters");
        }
        else if (!seen.Add(id))
        {
            problems.Add($"{where}: '{id}' is not unique");
        }
    }
}
