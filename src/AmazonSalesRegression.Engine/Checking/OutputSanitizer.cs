using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Checking;

/// <summary>
/// Replaces volatile values in output text before the checker compares it: an ordered list of regular expressions,
/// each with its replacement. <see cref="Default"/> masks GUIDs, ISO timestamps, clock-style and unit durations
/// (<c>00:00:01.25</c>, <c>123 ms</c>, <c>1.5 s</c>) and hexadecimal addresses (<c>0x7ffd5c1e</c>).
/// </summary>
public sealed class OutputSanitizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Creates a sanitizer from <paramref name="rules"/>, applied in order.</summary>
    public OutputSanitizer(IEnumerable<(Regex Pattern, string Replacement)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToArray();
    }

    /// <summary>The built-in rules.</summary>
    public static OutputSanitizer Default { get; } =
        new([
            (new Regex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", Options), "<GUID>"),
            (new Regex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", Options), "<TIMESTAMP>"),
            (new Regex(@"\b\d+:\d{2}:\d{2}\.\d+\b", Options), "<DURATION>"),
            (new Regex(@"\b\d+(\.\d+)?\s?(ns|µs|us|ms|s|sec|secs|seconds|min|mins|minutes)\b", Options), "<DURATION>"),
            (new Regex(@"\b0x[0-9a-fA-F]+\b", Options), "0x<ADDRESS>"),
        ]);

    /// <summary>The rules, in the order they are applied.</summary>
    public IReadOnlyList<(Regex Pattern, string Replacement)> Rules { get; }

    /// <summary>A sanitizer with this one's rules followed by <paramref name="pattern"/> → <paramref name="replacement"/>.</summary>
    public OutputSanitizer With(string pattern, string replacement) => new(Rules.Append((new Regex(pattern, Options), replacement)));

    /// <summary><paramref name="text"/> with every rule applied.</summary>
    public string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Rules.Aggregate(text, (current, rule) => rule.Pattern.Replace(current, rule.Replacement));
    }
}
