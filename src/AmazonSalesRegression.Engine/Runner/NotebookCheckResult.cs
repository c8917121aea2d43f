namespace AmazonSalesRegression.Engine.Runner;

/// <summary>The outcome of checking one notebook against fresh outputs.</summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="ComparedCells">How many code cells were run and compared.</param>
/// <param name="Mismatches">The first difference of each cell whose outputs changed, in cell order.</param>
public sealed record NotebookCheckResult(string NotebookPath, int ComparedCells, IReadOnlyList<NotebookMismatch> Mismatches)
{
    /// <summary>True when every compared cell matched.</summary>
    public bool Succeeded => Mismatches.Count == 0;
}
