namespace AmazonSalesRegression.Engine.Export;

/// <summary>How a twin names a code cell: its number as a clean run counts it, and its id.</summary>
/// <param name="Number">The 1-based position among code cells (the execution count of a run from the top).</param>
/// <param name="Id">The cell id.</param>
internal sealed record CellLabel(int Number, string Id)
{
    /// <summary>The exception for a problem on <paramref name="line"/> (1-based, within the cell).</summary>
    public NotebookExportException Error(int line, string problem) =>
        new($"cell {Number.ToString(CultureInfo.InvariantCulture)} (id '{Id}'), line {line.ToString(CultureInfo.InvariantCulture)}: {problem}");

    /// <summary><c>In [3] (cell "load")</c>, as the comment above the cell's code.</summary>
    public override string ToString() => $"In [{Number.ToString(CultureInfo.InvariantCulture)}] (cell \"{Id}\")";
}
