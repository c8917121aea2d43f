using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Running.StaticCharts;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>The outcome of running one notebook.</summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="Notebook">The notebook with its fresh outputs.</param>
/// <param name="ExecutedCells">How many code cells ran.</param>
/// <param name="Failures">Cells that failed unexpectedly (the run stops at the first one).</param>
public sealed record NotebookRunResult(string NotebookPath, Notebook Notebook, int ExecutedCells, IReadOnlyList<NotebookFailure> Failures)
{
    /// <summary>True when no cell failed unexpectedly and every bound value evaluated.</summary>
    public bool Succeeded => Failures.Count == 0 && ProseProblems.Count == 0;

    /// <summary>The bound values of the markdown cells the run reached, with what they evaluate to now.</summary>
    public IReadOnlyList<BoundValueRun> BoundValues { get; init; } = [];

    /// <summary>Bound values whose template does not compile or throws, in cell order.</summary>
    public IReadOnlyList<NotebookProblem> ProseProblems { get; init; } = [];

    /// <summary>Static chart images rendered, reused and missing, with a warning when some could not be rendered.</summary>
    public ChartImageReport ChartImages { get; init; } = ChartImageReport.None;
}
