namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// The engine's formatters for hosts other than its own sessions (such as a .NET Interactive extension), so that a
/// value looks the same in every front end: Plotly charts, DataFrames, Deedle frames and series, objects with a
/// <c>ToHtml()</c> method and sequences of records get their rich bundle; every value gets <c>text/plain</c>.
/// Element ids are deterministic per instance, as they are per session.
/// </summary>
/// <param name="options">The display limits to use (<see cref="EngineOptions.MaxDisplayRows"/>, <see cref="EngineOptions.MaxDisplayColumns"/>); the defaults when omitted.</param>
public sealed class DisplayFormatter(EngineOptions? options = null)
{
    private readonly FormatterRegistry _formatters = FormatterRegistry.CreateDefault(
        new FormatContext((options ?? new EngineOptions()).MaxDisplayRows, (options ?? new EngineOptions()).MaxDisplayColumns)
    );

    /// <summary>The MIME bundle of <paramref name="value"/>, exactly as a session shows it.</summary>
    public DisplayData Format(object? value) => _formatters.Format(value);
}
