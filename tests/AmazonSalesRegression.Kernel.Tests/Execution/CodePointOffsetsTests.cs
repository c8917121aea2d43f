using AmazonSalesRegression.Kernel.Execution;

namespace AmazonSalesRegression.Kernel.Tests.Execution;

public sealed class CodePointOffsetsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("😀x", 1, 2)]
    [InlineData("😀x", 2, 3)]
    [InlineData("a😀b😀", 4, 6)]
    [InlineData("short", 99, 5)]
    public void Code_points_convert_to_utf16_offsets_counting_surrogate_pairs_as_one(string text, int codePoints, int utf16)
    {
        // Given
        var position = codePoints;

        // When
        var offset = CodePointOffsets.ToUtf16(text, position);

        // Then
        Assert.Equal(utf16, offset);
    }

    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("😀x", 2, 1)]
    [InlineData("😀x", 3, 2)]
    [InlineData("a😀b😀", 6, 4)]
    [InlineData("short", 99, 5)]
    public void Utf16_offsets_convert_back_to_code_points(string text, int utf16, int codePoints)
    {
        // Given
        var offset = utf16;

        // When
        var position = CodePointOffsets.ToCodePoints(text, offset);

        // Then
        Assert.Equal(codePoints, position);
    }
}
