using AmazonSalesRegression.Data.Quality;
using AmazonSalesRegression.Regression.Summary;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace AmazonSalesRegression.Interactive;

/// <summary>The types whose .NET Interactive display the course replaces with its own kernel's.</summary>
internal static class DisplayedTypes
{
    /// <summary>The Plotly MIME type, which renderers draw as an interactive chart.</summary>
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    /// <summary>HTML.</summary>
    public const string Html = "text/html";

    /// <summary>Plain text.</summary>
    public const string PlainText = "text/plain";

    /// <summary>
    /// Plotly.NET charts (Plotly JSON, HTML, text); DataFrames, Deedle frames and series, OLS summaries and data-quality
    /// summaries (HTML, text).
    /// </summary>
    public static IReadOnlyList<DisplayedType> All { get; } =
    [
        new(typeof(GenericChart), [PlotlyJson, Html, PlainText]),
        new(typeof(DataFrame), [Html, PlainText]),
        new(typeof(Deedle.Frame<,>), [Html, PlainText]),
        new(typeof(Deedle.Series<,>), [Html, PlainText]),
        new(typeof(OlsSummary), [Html, PlainText]),
        new(typeof(IEnumerable<QualityCheckSummary>), [Html, PlainText]),
    ];
}
