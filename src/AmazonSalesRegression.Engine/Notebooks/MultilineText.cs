using System.Text;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>
/// nbformat's multi-line strings: stored as a list of lines that keep their line ends (Python's
/// <c>str.splitlines(keepends=True)</c>), read back by joining. Reading also accepts a plain string.
/// </summary>
internal static class MultilineText
{
    /// <summary>Joins a string or a list of strings.</summary>
    /// <exception cref="NotebookFormatException">The node is neither.</exception>
    public static string Read(JsonNode? node, string where) =>
        node switch
        {
            JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
            JsonArray lines => string.Concat(
                lines.Select(line =>
                    line is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
                        ? v.GetValue<string>()
                        : throw new NotebookFormatException($"{where}: expected a string or a list of strings")
                )
            ),
            _ => throw new NotebookFormatException($"{where}: expected a string or a list of strings"),
        };

    /// <summary>The list-of-lines form of <paramref name="text"/> (empty text gives an empty list).</summary>
    public static JsonArray Write(string text)
    {
        var array = new JsonArray();
        foreach (var line in SplitLines(text))
        {
            array.Add(JsonValue.Create(line));
        }

        return array;
    }

    /// <summary>Python's <c>splitlines(keepends=True)</c>.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            line.Append(c);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                line.Append('\n');
                i++;
            }

            if (IsLineBreak(c))
            {
                yield return line.ToString();
                line.Clear();
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
}
