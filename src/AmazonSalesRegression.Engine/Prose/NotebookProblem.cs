using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// A located problem with a notebook's prose or structure: a bound value that is stale or does not evaluate, an
/// unbound number, or a broken authoring rule.
/// </summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="CellIndex">The cell's 0-based position among all cells.</param>
/// <param name="CellId">The cell's id.</param>
/// <param name="CellType">The cell's type (<c>markdown</c>, <c>code</c>).</param>
/// <param name="Excerpt">The first words of the cell, to find it in an editor.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record NotebookProblem(string NotebookPath, int CellIndex, string CellId, string CellType, string Excerpt, string Message)
{
    /// <summary><c>path, markdown cell 23 ("first words…"): message</c>.</summary>
    public override string ToString() =>
        $"{NotebookPath}, {CellType} cell {CellIndex.ToString(CultureInfo.InvariantCulture)} (\"{Excerpt}\", id '{CellId}'): {Message}";

    /// <summary>A problem in cell <paramref name="index"/> of <paramref name="notebook"/>.</summary>
    internal static NotebookProblem In(string path, Notebook notebook, int index, string message)
    {
        var cell = notebook.Cells[index];
        return new NotebookProblem(path, index, cell.Id, cell.CellType, ExcerptOf(cell.Source), message);
    }

    private static string ExcerptOf(string source)
    {
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var excerpt = string.Join(' ', words.Take(6));
        return excerpt.Length > 48 ? excerpt[..47] + "…"
            : words.Length > 6 ? excerpt + "…"
            : excerpt;
    }
}
