using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Collects the representations of one value and builds the <see cref="DisplayData"/>.</summary>
internal sealed class MimeBundleBuilder
{
    private readonly Dictionary<string, JsonNode> _data = new(StringComparer.Ordinal);

    /// <summary>True when a representation of <paramref name="mimeType"/> was added.</summary>
    public bool Contains(string mimeType) => _data.ContainsKey(mimeType);

    /// <summary>Adds (or replaces) a text representation.</summary>
    public void AddText(string mimeType, string text) => _data[mimeType] = JsonValue.Create(text);

    /// <summary>Adds (or replaces) a JSON representation.</summary>
    public void AddJson(string mimeType, JsonNode json) => _data[mimeType] = json;

    /// <summary>Adds a table as <c>text/plain</c> and <c>text/html</c>.</summary>
    public void AddTable(DisplayTable table)
    {
        AddText(MimeTypes.PlainText, TextTableRenderer.Render(table));
        AddText(MimeTypes.Html, HtmlTableRenderer.Render(table));
    }

    /// <summary>
    /// The bundle, keeping only <paramref name="mimeTypes"/> when given (<c>text/plain</c> is always kept, as Jupyter requires).
    /// </summary>
    public DisplayData Build(IReadOnlyCollection<string>? mimeTypes)
    {
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (mime, node) in _data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (mimeTypes is null || mimeTypes.Count == 0 || mime == MimeTypes.PlainText || mimeTypes.Contains(mime))
            {
                data[mime] = node;
            }
        }

        return new DisplayData(data, new JsonObject());
    }
}
