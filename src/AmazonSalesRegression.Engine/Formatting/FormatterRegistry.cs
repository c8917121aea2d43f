namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// Chooses the rich formatter for a value by its type (first match in registration order) and always adds the
/// <c>text/plain</c> form, so every bundle has one.
/// </summary>
internal sealed class FormatterRegistry(IReadOnlyList<IValueFormatter> formatters, FormatContext context)
{
    /// <summary>The built-in formatters: Plotly charts, DataFrames, Deedle frames and series, <c>ToHtml()</c>, record tables.</summary>
    public static FormatterRegistry CreateDefault(FormatContext context) =>
        new(
            [
                new PlotlyChartFormatter(),
                new DataFrameFormatter(),
                new DeedleFrameFormatter(),
                new DeedleSeriesFormatter(),
                new ToHtmlFormatter(),
                new RecordTableFormatter(),
            ],
            context
        );

    /// <summary>The limits and id source the formatters use.</summary>
    public FormatContext Context { get; } = context;

    /// <summary>Formats <paramref name="value"/>, keeping only <paramref name="mimeTypes"/> (plus <c>text/plain</c>) when given.</summary>
    public DisplayData Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var bundle = new MimeBundleBuilder();
        if (value is not null && formatters.FirstOrDefault(f => f.CanFormat(value)) is { } formatter)
        {
            formatter.Format(value, bundle, Context);
        }

        if (!bundle.Contains(MimeTypes.PlainText))
        {
            bundle.AddText(MimeTypes.PlainText, PlainTextFormatter.Format(value, Context));
        }

        return bundle.Build(mimeTypes);
    }
}
