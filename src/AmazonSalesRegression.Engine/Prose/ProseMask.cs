using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// A region of markdown whose numbers are not prose numbers: code, LaTeX, HTML, links and URLs, bound spans, or a
/// fixed exemption (an ordinal reference, a date, a heading number, a list marker).
/// </summary>
/// <param name="Name">What the region is, for the documentation.</param>
/// <param name="Pattern">The region; when it has a group named <c>masked</c>, only that group is masked.</param>
public sealed record ProseMask(string Name, Regex Pattern)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline;

    /// <summary>The masks, applied in this order.</summary>
    public static IReadOnlyList<ProseMask> All { get; } =
    [
        new("fenced code", new Regex(@"^[ \t]*(?<fence>```|~~~).*?(^[ \t]*\k<fence>|\z)", Options | RegexOptions.Singleline)),
        new("bound span", new Regex(@"<span\s+data-value\s*=.*?</span\s*>", Options | RegexOptions.Singleline)),
        new("HTML comment", new Regex("<!--.*?-->", Options | RegexOptions.Singleline)),
        new("inline code", new Regex(@"(?<ticks>`+).+?\k<ticks>", Options | RegexOptions.Singleline)),
        new("display LaTeX", new Regex(@"\$\$.+?\$\$", Options | RegexOptions.Singleline)),
        new("inline LaTeX", new Regex(@"(?<![\\$])\$(?=[^\s$])(?:[^$\n]|\n(?!\n))+?(?<=[^\s\\])\$(?!\d)", Options)),
        new("HTML tag", new Regex(@"</?[A-Za-z][^<>]*>", Options)),
        new("link target", new Regex(@"\]\([^)]*\)", Options)),
        new("link definition", new Regex(@"^[ \t]*\[[^\]]+\]:[ \t]*\S+", Options)),
        new("URL", new Regex(@"\b(?:https?://|www\.)\S+", Options)),
        new("identifier with a number (TOYS-008, ISO-8601)", new Regex(@"\b\p{Lu}[\p{Lu}\d]*-\d+\b", Options)),
        new("ISO date", new Regex(@"\b\d{4}-\d{2}-\d{2}\b", Options)),
        new("heading number", new Regex(@"^[ \t]*#{1,6}[ \t]+(?<masked>\d+(?:\.\d+)*\.?)", Options)),
        new("list marker", new Regex(@"^[ \t>]*(?<masked>\d+)[.)](?=[ \t])", Options)),
        new(
            "ordinal reference",
            new Regex(
                @"(?:\b(?i:notebooks?|sections?|chapters?|ch\.|exercises?|steps?|parts?|figures?|fig\.|tables?|eq\.|equations?|appendix|lessons?|cells?|questions?|items?|listings?)|§)[ \t\u00A0]*(?<masked>\d+(?:\.\d+)*)",
                Options
            )
        ),
        new("ordinal suffix", new Regex(@"\b\d+(?:st|nd|rd|th)\b", Options)),
    ];

    /// <summary><paramref name="text"/> with every region of every mask replaced by spaces (offsets are kept).</summary>
    public static string Apply(string text)
    {
        var chars = text.ToCharArray();
        foreach (var mask in All)
        {
            var current = new string(chars);
            foreach (Match match in mask.Pattern.Matches(current))
            {
                var group = match.Groups["masked"].Success ? match.Groups["masked"] : match;
                for (var i = group.Index; i < group.Index + group.Length; i++)
                {
                    chars[i] = chars[i] == '\n' ? '\n' : ' ';
                }
            }
        }

        return new string(chars);
    }
}
