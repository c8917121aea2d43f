namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>A code cell's nbformat <c>stream</c> output in a notebook file: text the cell wrote to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text, with its line ends.</param>
public sealed record NotebookStreamOutput(string Name, string Text) : NotebookOutput
{
    /// <summary>The name of the standard output stream.</summary>
    public const string StandardOutput = "stdout";

    /// <summary>The name of the standard error stream.</summary>
    public const string StandardError = "stderr";

    /// <inheritdoc/>
    public override string OutputType => "stream";
}
