using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Engine.Checking;

/// <summary>The outcome of checking one notebook against fresh outputs.</summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="ComparedCells">How many code cells were run and compared.</param>
/// <param name="Mismatches">The first difference of each cell whose outputs changed, in cell order.</param>
public sealed record NotebookCheckResult(string NotebookPath, int ComparedCells, IReadOnlyList<NotebookMismatch> Mismatches)
{
    /// <summary>True when every compared cell matched and the prose has no problem.</summary>
    public bool Succeeded => Mismatches.Count == 0 && ProseProblems.Count == 0;

    /// <summary>
    /// Stale or failing bound values, and the broken rules the notebook opted into (unbound numbers, structure), in
    /// cell order.
    /// </summary>
    public IReadOnlyList<NotebookProblem> ProseProblems { get; init; } = [];
}
