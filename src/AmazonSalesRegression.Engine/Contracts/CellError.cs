namespace AmazonSalesRegression.Engine;

/// <summary>A cell's failure as Jupyter reports it.</summary>
/// <param name="Name">For runtime errors the exception type name (Jupyter's <c>ename</c>), e.g. <c>InvalidOperationException</c>;
/// <c>CompilationError</c> for compile errors; <c>OperationCanceledException</c> when interrupted.</param>
/// <param name="Value">The message (Jupyter's <c>evalue</c>); for compile errors it starts with the cell line and column, e.g. <c>(3,14): error CS0103: …</c>.</param>
/// <param name="Traceback">Lines to show the user; user-code frames only, never the engine's internals.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback);
