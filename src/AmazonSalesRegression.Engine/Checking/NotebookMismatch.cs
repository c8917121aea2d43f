namespace AmazonSalesRegression.Engine.Checking;

/// <summary>The first difference between a cell's committed outputs and its fresh ones.</summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="CellIndex">The cell's 0-based position among all cells.</param>
/// <param name="CellId">The cell's id.</param>
/// <param name="OutputIndex">The 0-based index of the first differing output.</param>
/// <param name="Description">What differs, e.g. <c>output 1 (stream stdout): line 3 differs</c>.</param>
/// <param name="Line">The 1-based line of the first differing text line, when the texts differ.</param>
/// <param name="Expected">The committed line (or output kind), or <see langword="null"/> when there is none.</param>
/// <param name="Actual">The fresh line (or output kind), or <see langword="null"/> when there is none.</param>
public sealed record NotebookMismatch(
    string NotebookPath,
    int CellIndex,
    string CellId,
    int OutputIndex,
    string Description,
    int? Line,
    string? Expected,
    string? Actual
)
{
    /// <summary>A message naming the notebook, cell, output and line, with the expected and actual text.</summary>
    public override string ToString() =>
        $"{NotebookPath}: cell {CellIndex.ToString(CultureInfo.InvariantCulture)} (id '{CellId}'): {Description}\n"
        + $"  expected: {Expected ?? "<nothing>"}\n"
        + $"  actual:   {Actual ?? "<nothing>"}";
}
