namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// Sends Plotly.js (<see cref="PlotlyJs.PageScript"/>) to each page of a session once, before that page's first
/// chart, as plotly.py's <c>init_notebook_mode(connected=False)</c> does, so that the charts' <c>text/html</c> finds
/// <c>window.Plotly</c> in front ends that do not render the Plotly MIME type themselves. Pages are told apart by
/// <see cref="ICellOutput.FrontEnd"/>; an output on no page gets nothing. Thread-safe.
/// </summary>
/// <param name="currentOutput">Where output of the calling code goes now (the running cell's output), if anywhere.</param>
internal sealed class PlotlyJsInjection(Func<ICellOutput?> currentOutput)
{
    private readonly HashSet<string> _served = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Sends the script through the current output unless its page already has it.</summary>
    public void BeforeChart()
    {
        var output = currentOutput();
        if (output?.FrontEnd is not { } page)
        {
            return;
        }

        lock (_gate)
        {
            if (!_served.Add(page))
            {
                return;
            }
        }

        output.Display(PlotlyJs.PageScript, displayId: null, update: false);
    }
}
