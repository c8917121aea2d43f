using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// A session's <c>display(...)</c>: formats values and sends them to the calling cell's output under display ids
/// that later updates (a display handle's <c>Update</c>) reuse. Ids are transient (Jupyter never saves them), so they carry
/// a per-session prefix that keeps displays of a restarted kernel apart.
/// </summary>
internal sealed class DisplayService(FormatterRegistry formatters)
{
    private readonly string _prefix = Guid.NewGuid().ToString("N")[..8];
    private int _next;

    /// <summary>The session's formatters.</summary>
    public FormatterRegistry Formatters { get; } = formatters;

    /// <summary>Shows <paramref name="value"/> in <paramref name="cell"/>'s output and returns its display id.</summary>
    public string Show(CellContext cell, object? value, IReadOnlyCollection<string>? mimeTypes)
    {
        var id = $"{_prefix}-{Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)}";
        var data = Formatters.Format(value, mimeTypes);
        cell.Target?.Display(data, id, update: false);
        return id;
    }

    /// <summary>Replaces the display <paramref name="displayId"/> with <paramref name="value"/>, through <paramref name="cell"/>'s output.</summary>
    public void Update(CellContext cell, string displayId, object? value, IReadOnlyCollection<string>? mimeTypes) =>
        cell.Target?.Display(Formatters.Format(value, mimeTypes), displayId, update: true);
}
