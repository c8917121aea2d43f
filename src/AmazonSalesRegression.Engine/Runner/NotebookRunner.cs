namespace AmazonSalesRegression.Engine.Runner;

/// <summary>
/// Runs notebooks headless, like <c>jupyter nbconvert --execute --inplace</c>: all code cells top to bottom in one
/// fresh session, outputs and execution counts written back to the file. The run stops at the first failing cell
/// (later code cells are left without outputs) unless that cell is tagged <c>raises-exception</c>, whose error is
/// expected; such a cell that does not raise is itself a failure. Outputs carry no timings, and absolute paths of the
/// notebook's folder and of the repository are written relative to the notebook.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs the notebook at <paramref name="path"/> and writes it back with fresh outputs.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static Task<NotebookRunResult> RunAsync(
        string path,
        NotebookRunOptions? options = null,
        CancellationToken cancellationToken = default
    ) => RunAsync(path, writeBack: true, options, cancellationToken);

    /// <summary>Runs the notebook at <paramref name="path"/>; writes it back only when <paramref name="writeBack"/> is true.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static async Task<NotebookRunResult> RunAsync(
        string path,
        bool writeBack,
        NotebookRunOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        var notebook = await NotebookJson.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var result = await NotebookExecution
            .RunAsync(notebook, path, options ?? NotebookRunOptions.Default, _ => false, stopAtFailure: true, cancellationToken)
            .ConfigureAwait(false);
        if (writeBack)
        {
            await NotebookJson.WriteAsync(path, result.Notebook, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
