namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
public abstract record NotebookOutput
{
    /// <summary>The nbformat <c>output_type</c>: <c>stream</c>, <c>display_data</c>, <c>execute_result</c> or <c>error</c>.</summary>
    public abstract string OutputType { get; }
}
