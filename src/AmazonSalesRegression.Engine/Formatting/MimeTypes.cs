namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>The MIME types the formatters produce.</summary>
internal static class MimeTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Markdown = "text/markdown";
    public const string PlotlyJson = "application/vnd.plotly.v1+json";
}
