namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// Converts cursor offsets between the protocol's unit (Unicode code points, since protocol 5.2) and the
/// engine's (UTF-16 code units): they differ after any character outside the Basic Multilingual Plane, e.g. an emoji.
/// </summary>
internal static class CodePointOffsets
{
    /// <summary>The UTF-16 offset of the code point at <paramref name="codePoints"/> (clamped to the text).</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
        {
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The number of code points before UTF-16 offset <paramref name="utf16"/> (clamped to the text).</summary>
    public static int ToCodePoints(string text, int utf16)
    {
        var end = Math.Clamp(utf16, 0, text.Length);
        var count = 0;
        for (var index = 0; index < end; count++)
        {
            index += char.IsSurrogatePair(text, index) && index + 1 < end ? 2 : 1;
        }

        return count;
    }
}
