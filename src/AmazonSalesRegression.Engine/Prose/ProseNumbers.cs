using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// Finds the numbers of markdown prose that could restate a result: every number outside the regions of
/// <see cref="ProseMask.All"/> that is not a declared literal. A number token is digits with optional thousands
/// separators (<c>1,234</c>) and decimals (<c>0.13</c>), not glued to a letter before it (<c>x1</c>, <c>β0</c>), with an
/// optional <c>%</c> unit (<c>13%</c>, <c>13 %</c>). A literal matches the token's digits, ignoring a sign: <c>"95"</c>
/// matches <c>95</c> and <c>95 %</c>, while <c>"95 %"</c> matches only <c>95 %</c> or <c>95%</c>.
/// </summary>
public static partial class ProseNumbers
{
    private const int ContextWidth = 30;

    /// <summary>The unbound, undeclared numbers of <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<ProseNumber> Find(string markdown, IReadOnlyCollection<string> literals)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(literals);
        var declared = literals.Select(Literal).ToArray();
        return NumberPattern()
            .Matches(ProseMask.Apply(markdown))
            .Where(match => !declared.Any(l => l.Digits == match.Groups["digits"].Value && (!l.Percent || match.Groups["percent"].Success)))
            .Select(match => new ProseNumber(markdown.Substring(match.Index, match.Length), match.Index, Context(markdown, match)))
            .ToArray();
    }

    /// <summary>The strings of <c>metadata.{key}.{literalsKey}</c>, or none.</summary>
    public static IReadOnlyList<string> Literals(JsonObject notebookMetadata, NotebookConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(notebookMetadata);
        ArgumentNullException.ThrowIfNull(conventions);
        return notebookMetadata[conventions.MetadataKey]?[conventions.LiteralsKey] is JsonArray array
            ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToArray()
            : [];
    }

    private static (string Digits, bool Percent) Literal(string literal)
    {
        var text = literal.Trim().TrimStart('-', '+', '\u2212');
        var percent = text.EndsWith('%');
        return (percent ? text[..^1].TrimEnd(' ', '\u00A0', '\u202F') : text, percent);
    }

    private static string Context(string text, Match match)
    {
        var start = Math.Max(0, match.Index - ContextWidth);
        var end = Math.Min(text.Length, match.Index + match.Length + ContextWidth);
        return WhiteSpace().Replace(text[start..end], " ").Trim();
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?<digits>\d+(?:,\d{3})*(?:\.\d+)*)(?![\p{N}])(?<percent>[ \u00A0\u202F]?%)?",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
