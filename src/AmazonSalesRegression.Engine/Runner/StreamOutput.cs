namespace AmazonSalesRegression.Engine.Runner;

/// <summary>Text written to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text, with its line ends.</param>
public sealed record StreamOutput(string Name, string Text) : NotebookOutput
{
    /// <summary>The name of the standard output stream.</summary>
    public const string StandardOutput = "stdout";

    /// <summary>The name of the standard error stream.</summary>
    public const string StandardError = "stderr";

    /// <inheritdoc/>
    public override string OutputType => "stream";
}
