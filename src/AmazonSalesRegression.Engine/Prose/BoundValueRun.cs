using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>A bound value as a run evaluated it.</summary>
/// <param name="CellIndex">The markdown cell's 0-based position among all cells.</param>
/// <param name="Value">The span as committed (template and rendered text).</param>
/// <param name="Outcome">What the template evaluates to now.</param>
public sealed record BoundValueRun(int CellIndex, BoundValue Value, BoundValueOutcome Outcome)
{
    /// <summary>True when the template evaluated and its text differs from the committed one.</summary>
    public bool IsStale => Outcome.Value is { } value && value != Value.Rendered;

    /// <summary>The problem to report, or <see langword="null"/> when there is none (in a check, a stale value is one).</summary>
    internal NotebookProblem? Problem(string path, Notebook notebook, bool check) =>
        Outcome.Error is { } error ? NotebookProblem.In(path, notebook, CellIndex, $"\"{Value.Template}\" {error}")
        : check && IsStale
            ? NotebookProblem.In(path, notebook, CellIndex, $"\"{Value.Template}\" renders {Outcome.Value}, the text says {Value.Rendered}")
        : null;
}
