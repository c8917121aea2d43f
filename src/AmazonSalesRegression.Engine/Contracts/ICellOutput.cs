namespace AmazonSalesRegression.Engine;

/// <summary>
/// Where a running cell sends its side effects, as they happen. The kernel forwards them to iopub/stdin;
/// the headless runner collects them into the notebook's outputs.
/// </summary>
public interface ICellOutput
{
    /// <summary>Text the cell wrote to standard output.</summary>
    void WriteStandardOutput(string text);

    /// <summary>Text the cell wrote to standard error.</summary>
    void WriteStandardError(string text);

    /// <summary>
    /// Rich output from <c>display(...)</c>. <paramref name="displayId"/> identifies an updatable display;
    /// <paramref name="update"/> is true when the call replaces an earlier display with the same id (Jupyter's <c>update_display_data</c>).
    /// </summary>
    void Display(DisplayData data, string? displayId, bool update);

    /// <summary>
    /// The page these outputs are shown on, such as the Jupyter client session that sent the request, or
    /// <see langword="null"/> when they are shown on no page (a silent request, a headless run). The engine sends
    /// page-wide resources, such as Plotly.js when <see cref="EngineOptions.InjectPlotlyJs"/> is set, once per page.
    /// </summary>
    string? FrontEnd => null;

    /// <summary>
    /// Asks the user for a line of input (Jupyter's stdin channel). Implementations that cannot ask
    /// (a client that does not allow stdin, the headless runner) throw <see cref="InvalidOperationException"/>.
    /// </summary>
    Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken);
}
