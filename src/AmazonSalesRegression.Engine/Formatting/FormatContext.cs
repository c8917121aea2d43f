using System.Security.Cryptography;
using System.Text;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// Limits and deterministic element ids for one session's formatters. Ids derive from the content's hash plus an
/// occurrence number, so the same notebook always produces the same HTML and two identical charts never share an id.
/// </summary>
internal sealed class FormatContext(int maxRows, int maxColumns, PlotlyJsInjection? plotlyJs = null)
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Rows (or list items) shown before the rest is summarised.</summary>
    public int MaxRows { get; } = maxRows;

    /// <summary>Columns shown before the rest is summarised.</summary>
    public int MaxColumns { get; } = maxColumns;

    /// <summary>Sends Plotly.js to a page before its first chart; <see langword="null"/> when the session does not.</summary>
    public PlotlyJsInjection? PlotlyJs { get; } = plotlyJs;

    /// <summary>An HTML element id such as <c>plotly-3f2a9c01d4e5</c> or <c>plotly-3f2a9c01d4e5-2</c>.</summary>
    public string NewElementId(string prefix, string content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
        var id = $"{prefix}-{hash}";
        lock (_gate)
        {
            var seen = _occurrences.GetValueOrDefault(id) + 1;
            _occurrences[id] = seen;
            return seen == 1 ? id : $"{id}-{seen.ToString(CultureInfo.InvariantCulture)}";
        }
    }
}
