using System.Text;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Cli.Tests.Docs;

/// <summary>Relative links in Markdown and the headings they may point at, with GitHub's anchor rules.</summary>
internal static partial class MarkdownLinks
{
    /// <summary>The relative link targets of <paramref name="markdown"/> (web and mail links are left out), with their line numbers.</summary>
    public static IEnumerable<(int Line, string Target)> RelativeTargets(string markdown)
    {
        var lines = WithoutCodeBlocks(markdown).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Link().Matches(lines[i]))
            {
                var target = match.Groups["target"].Value;
                if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.IsFile)
                {
                    yield return (i + 1, target);
                }
            }
        }
    }

    /// <summary>The anchors the headings of <paramref name="markdown"/> get on GitHub (duplicates numbered -1, -2, …).</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in WithoutCodeBlocks(markdown).Split('\n'))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            seen[slug] = count + 1;
        }

        foreach (Match explicitAnchor in ExplicitAnchor().Matches(markdown))
        {
            anchors.Add(explicitAnchor.Groups["id"].Value);
        }

        return anchors;
    }

    /// <summary>GitHub's heading anchor: inline markup removed, lower case, everything but letters, marks, numbers, hyphens and underscores dropped, spaces as hyphens.</summary>
    public static string Slug(string heading)
    {
        var text = InlineLink().Replace(heading.Trim(), "${text}").Replace("`", "", StringComparison.Ordinal);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetter(c) || char.IsNumber(c) || IsMark(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c)
            is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static string WithoutCodeBlocks(string markdown) =>
        Fence().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), m => new string('\n', m.Value.Count(c => c == '\n')));

    [GeneratedRegex(@"(?<!!)\[(?:[^\]]|\][^(])*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)|!\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^(```|~~~).*?^\1[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
