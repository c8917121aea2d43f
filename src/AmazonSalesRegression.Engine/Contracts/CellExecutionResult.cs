namespace AmazonSalesRegression.Engine;

/// <summary>What one executed cell ended with.</summary>
/// <param name="ExecutionCount">The cell's execution count in its session (1, 2, …).</param>
/// <param name="Result">The value of a trailing expression, formatted; <see langword="null"/> when the cell has none or it failed.</param>
/// <param name="Error">The compile or runtime error; <see langword="null"/> on success.</param>
public sealed record CellExecutionResult(int ExecutionCount, DisplayData? Result, CellError? Error)
{
    /// <summary>True when the cell ran to completion.</summary>
    public bool Succeeded => Error is null;
}
