using System.Text;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>HTML escaping for text placed in elements and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(
                c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => c.ToString(),
                }
            );
        }

        return builder.ToString();
    }
}
