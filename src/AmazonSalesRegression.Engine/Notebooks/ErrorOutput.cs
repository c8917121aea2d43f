namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>A cell's failure.</summary>
/// <param name="EName">The error name (exception type, or <c>CompilationError</c>).</param>
/// <param name="EValue">The error message.</param>
/// <param name="Traceback">The lines Jupyter shows for the error.</param>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : NotebookOutput
{
    /// <inheritdoc/>
    public override string OutputType => "error";
}
