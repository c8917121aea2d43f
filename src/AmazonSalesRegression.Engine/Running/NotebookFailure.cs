namespace AmazonSalesRegression.Engine.Running;

/// <summary>A code cell that failed during a run.</summary>
/// <param name="NotebookPath">The notebook, as the caller named it.</param>
/// <param name="CellIndex">The cell's 0-based position among all cells.</param>
/// <param name="CellId">The cell's id.</param>
/// <param name="Error">What went wrong (for a <c>raises-exception</c> cell that did not raise: <c>MissingExpectedError</c>).</param>
public sealed record NotebookFailure(string NotebookPath, int CellIndex, string CellId, CellError Error)
{
    /// <summary>The <see cref="CellError.Name"/> reported for a <c>raises-exception</c> cell that ran without error.</summary>
    public const string MissingExpectedError = "MissingExpectedError";

    /// <summary><c>path: cell 3 (id 'abc'): Name: message</c>.</summary>
    public override string ToString() =>
        $"{NotebookPath}: cell {CellIndex.ToString(CultureInfo.InvariantCulture)} (id '{CellId}'): {Error.Name}: {Error.Value}";
}
