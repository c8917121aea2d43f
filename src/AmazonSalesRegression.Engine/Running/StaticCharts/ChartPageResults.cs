using System.Net;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// Reads the images back from the DOM that Chromium dumps after loading a <see cref="ChartPage"/>: one
/// <c>&lt;pre data-chart="i"&gt;</c> per figure, whose text (HTML-escaped in the dump) is <c>png </c> and base64, or
/// <c>error </c> and Plotly's message. Every image must be a PNG of exactly the requested size.
/// </summary>
internal static partial class ChartPageResults
{
    private const string PngPrefix = "png ";
    private const string ErrorPrefix = "error ";

    /// <summary>The PNG of each of <paramref name="count"/> figures, in order.</summary>
    /// <exception cref="ChartRenderException">A figure has no result, an error, or an image that is not a PNG of <paramref name="size"/>.</exception>
    public static IReadOnlyList<byte[]> Read(string dom, int count, ChartImageSize size)
    {
        var texts = new string?[count];
        foreach (Match match in ResultPattern().Matches(dom))
        {
            if (int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count)
            {
                texts[index] = WebUtility.HtmlDecode(match.Groups[2].Value);
            }
        }

        var errors = new List<string>();
        var images = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var name = Name(i, count);
            if (texts[i] is not { } text)
            {
                errors.Add($"{name} was not drawn: the page stopped before it (timeout or a script failure)");
            }
            else if (text.StartsWith(ErrorPrefix, StringComparison.Ordinal))
            {
                errors.Add($"Plotly could not draw {name}: {text[ErrorPrefix.Length..].Trim()}");
            }
            else if (Decode(text) is { } png && PngHeader.Read(png) == size)
            {
                images[i] = png;
            }
            else
            {
                errors.Add(
                    $"{name} is not a {size.Width.ToString(CultureInfo.InvariantCulture)}×{size.Height.ToString(CultureInfo.InvariantCulture)} PNG"
                );
            }
        }

        return errors.Count == 0 ? images : throw new ChartRenderException(string.Join("; ", errors.Take(3)) + More(errors.Count - 3));
    }

    /// <summary>How messages name figure <paramref name="index"/> (0-based) of <paramref name="count"/>: 1-based.</summary>
    public static string Name(int index, int count) =>
        $"figure {(index + 1).ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)}";

    private static byte[]? Decode(string text)
    {
        if (!text.StartsWith(PngPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text[PngPrefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string More(int more) => more > 0 ? $"; and {more.ToString(CultureInfo.InvariantCulture)} more" : string.Empty;

    [GeneratedRegex("<pre data-chart=\"([0-9]+)\">(.*?)</pre>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ResultPattern();
}
