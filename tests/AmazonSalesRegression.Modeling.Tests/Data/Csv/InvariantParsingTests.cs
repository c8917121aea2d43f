using System.Globalization;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class InvariantParsingTests
{
    [Theory]
    [InlineData("12.5")]
    [InlineData("-0")]
    [InlineData("+1.25")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("0.1")]
    [InlineData("1e3")]
    [InlineData(" 2.5 ")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("-.5")]
    [InlineData("0.123456789012345")]
    [InlineData("0.12345678901234567")]
    [InlineData("123456789012345678")]
    [InlineData("123456789012345678901234")]
    [InlineData("0.0000000000000000000000001")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void Numbers_parse_to_exactly_the_framework_value(string text)
    {
        // Given
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        // When
        var ok = InvariantParsing.TryParseDouble(text, out var actual);

        // Then
        Assert.True(ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    [Fact]
    public void Random_decimals_parse_bit_for_bit_like_the_framework()
    {
        // Given
        var random = new Random(20240315);
        var formats = new[] { "0.00", "0.#####", "R", "0.000000000000000", "E10" };
        var mismatches = new List<string>();

        // When
        for (var i = 0; i < 20_000; i++)
        {
            var value = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-8, 12));
            var text = value.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            if (
                !InvariantParsing.TryParseDouble(text, out var actual)
                || BitConverter.DoubleToInt64Bits(actual) != BitConverter.DoubleToInt64Bits(expected)
            )
            {
                mismatches.Add(text);
            }
        }

        // Then
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("12 5")]
    public void Malformed_numbers_do_not_parse(string text)
    {
        // When
        var ok = InvariantParsing.TryParseDouble(text, out _);

        // Then
        Assert.False(ok);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("+5", 5)]
    [InlineData(" 8 ", 8)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Whole_numbers_parse(string text, int expected)
    {
        // When
        var ok = InvariantParsing.TryParseInt32(text, out var actual);

        // Then
        Assert.True(ok);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("3.5")]
    [InlineData("2147483648")]
    [InlineData("1e3")]
    public void Malformed_or_overflowing_whole_numbers_do_not_parse(string text)
    {
        // When
        var ok = InvariantParsing.TryParseInt32(text, out _);

        // Then
        Assert.False(ok);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData(" 2024-03-15 ", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-1-05", false)]
    [InlineData("15/03/2024", false)]
    [InlineData("0000-01-01", false)]
    public void Dates_must_be_real_days_written_yyyy_MM_dd(string text, bool valid)
    {
        // When
        var ok = InvariantParsing.TryParseDate(text, out var date);

        // Then
        Assert.Equal(valid, ok);
        if (valid)
        {
            Assert.Equal(DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
        }
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(" TRUE ", true)]
    [InlineData("false", false)]
    public void Flags_accept_0_1_true_and_false(string text, bool expected)
    {
        // When
        var ok = InvariantParsing.TryParseBoolean01(text, out var value);

        // Then
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("yes")]
    [InlineData("")]
    public void Other_flag_texts_do_not_parse(string text)
    {
        // When
        var ok = InvariantParsing.TryParseBoolean01(text, out _);

        // Then
        Assert.False(ok);
    }
}
