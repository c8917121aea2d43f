using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Interactive;

/// <summary>
/// Plotly.js for the first chart of a kernel process, as plotly.py's offline notebook mode does: a script element that
/// defines <c>window.Plotly</c> from the copy embedded in Plotly.NET (never a CDN). The chart HTML draws with
/// <c>window.Plotly</c>, so later charts on the same page reuse it.
/// </summary>
internal static class OfflinePlotly
{
    private static int s_taken;

    /// <summary>
    /// The loader script, the first time it is asked for in this process; the empty string afterwards.
    /// </summary>
    public static string TakeLoader() => Interlocked.Exchange(ref s_taken, 1) == 0 ? Loader : string.Empty;

    /// <summary>
    /// A script element that runs Plotly.js with <c>define</c>, <c>module</c> and <c>exports</c> hidden, so that its
    /// universal module header sets the global <c>window.Plotly</c> even on pages with RequireJS (the classic Notebook).
    /// It does nothing on a page that already has Plotly.
    /// </summary>
    internal static string Loader =>
        "<script type=\"text/javascript\">\n"
        + "if (typeof window.Plotly === \"undefined\") { (function (define, module, exports) {\n"
        + PlotlyJs.Script
        + "\n})(); }\n</script>\n";
}
