using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Interactive;

/// <summary>
/// One bundle per display. .NET Interactive asks one formatter per MIME type, so a value shown once is formatted once
/// per MIME type; the course's formatter numbers repeated element ids (a chart shown twice gets <c>plotly-…-2</c>), so
/// formatting it three times would shift every id. The first request formats the value and keeps the bundle until each
/// of <paramref name="mimeTypes"/> has been taken from it; the next request for the value formats it anew.
/// </summary>
internal sealed class BundleSource(DisplayFormatter display, IReadOnlyList<string> mimeTypes)
{
    private readonly ConditionalWeakTable<object, Pending> _pending = [];
    private readonly Lock _gate = new();

    /// <summary>The entry of <paramref name="instance"/>'s bundle for <paramref name="mimeType"/>, if the bundle has one.</summary>
    public JsonNode? Take(object instance, string mimeType)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(instance, out var pending) || !pending.Remaining.Remove(mimeType))
            {
                _pending.Remove(instance);
                pending = new Pending(display.Format(instance).Data, new HashSet<string>(mimeTypes, StringComparer.Ordinal));
                pending.Remaining.Remove(mimeType);
                _pending.Add(instance, pending);
            }

            if (pending.Remaining.Count == 0)
            {
                _pending.Remove(instance);
            }

            return pending.Data.GetValueOrDefault(mimeType);
        }
    }

    private sealed record Pending(IReadOnlyDictionary<string, JsonNode> Data, HashSet<string> Remaining);
}
