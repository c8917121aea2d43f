using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// Inline bound values in markdown, like R Markdown's inline <c>`r expr`</c>:
/// <c>&lt;span data-value="{fit.RSquared:F2}"&gt;0.13&lt;/span&gt;</c> binds the shown text to a C# interpolated
/// string evaluated with the invariant culture in the notebook's session. The attribute may be single- or
/// double-quoted; its HTML entities are decoded before compiling. Markdown renderers show only the text.
/// </summary>
public static partial class BoundValues
{
    /// <summary>The bound values of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<BoundValue> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return SpanPattern()
            .Matches(markdown)
            .Select(match =>
            {
                var template = match.Groups["double"].Success ? match.Groups["double"] : match.Groups["single"];
                var rendered = match.Groups["rendered"];
                return new BoundValue(
                    WebUtility.HtmlDecode(template.Value),
                    WebUtility.HtmlDecode(rendered.Value),
                    rendered.Index,
                    rendered.Length,
                    match.Index,
                    match.Length
                );
            })
            .ToArray();
    }

    /// <summary>
    /// <paramref name="markdown"/> with the text of each bound value replaced by <paramref name="rendered"/> (same
    /// order as <see cref="Parse"/>; <see langword="null"/> keeps the text), HTML-escaped.
    /// </summary>
    public static string Render(string markdown, IReadOnlyList<BoundValue> values, IReadOnlyList<string?> rendered)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rendered);
        var text = new StringBuilder(markdown.Length);
        var position = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (rendered[i] is not { } value)
            {
                continue;
            }

            text.Append(markdown, position, values[i].RenderedStart - position).Append(Escape(value));
            position = values[i].RenderedStart + values[i].RenderedLength;
        }

        return text.Append(markdown, position, markdown.Length - position).ToString();
    }

    /// <summary><paramref name="text"/> with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, as it is written into a span.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(
        """<span\s+data-value\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)')\s*>(?<rendered>.*?)</span\s*>""",
        RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex SpanPattern();
}
