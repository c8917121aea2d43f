using System.Numerics;

namespace AmazonSalesRegression.Numerics.Tests;

public sealed class DeterministicMathSpecialValueTests
{
    [Fact]
    public void Exp_follows_ieee_special_values_and_limits()
    {
        // Given / When / Then
        Assert.True(double.IsNaN(DeterministicMath.Exp(double.NaN)));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, DeterministicMath.Exp(double.NegativeInfinity));
        Assert.Equal(1.0, DeterministicMath.Exp(0.0));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(710.0));
        Assert.Equal(0.0, DeterministicMath.Exp(-746.0));
        Assert.True(double.IsFinite(DeterministicMath.Exp(709.78)));
        Assert.True(DeterministicMath.Exp(-744.0) > 0.0, "exp(-744) is a positive subnormal");
    }

    [Fact]
    public void Log_follows_ieee_special_values()
    {
        // Given / When / Then
        Assert.True(double.IsNaN(DeterministicMath.Log(double.NaN)));
        Assert.True(double.IsNaN(DeterministicMath.Log(-1.0)));
        Assert.True(double.IsNaN(DeterministicMath.Log(double.NegativeInfinity)));
        Assert.Equal(double.NegativeInfinity, DeterministicMath.Log(0.0));
        Assert.Equal(double.NegativeInfinity, DeterministicMath.Log(-0.0));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Log(double.PositiveInfinity));
        Assert.Equal(0.0, DeterministicMath.Log(1.0));
        Assert.Equal(Math.Log(double.Epsilon), DeterministicMath.Log(double.Epsilon), 15);
        Assert.Equal(Math.Log(double.MaxValue), DeterministicMath.Log(double.MaxValue), 13);
    }

    [Fact]
    public void Sin_and_cos_follow_ieee_special_values_and_reject_huge_arguments()
    {
        // Given / When / Then
        Assert.True(double.IsNaN(DeterministicMath.Sin(double.NaN)));
        Assert.True(double.IsNaN(DeterministicMath.Sin(double.PositiveInfinity)));
        Assert.True(double.IsNaN(DeterministicMath.Cos(double.NegativeInfinity)));
        Assert.Equal(0.0, DeterministicMath.Sin(0.0));
        Assert.True(double.IsNegative(DeterministicMath.Sin(-0.0)), "sin(-0) keeps the sign of zero");
        Assert.Equal(1.0, DeterministicMath.Cos(0.0));
        Assert.Equal(1e-300, DeterministicMath.Sin(1e-300));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicMath.Sin(2.0 * DeterministicMath.MaxTrigArgument));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicMath.Cos(-2.0 * DeterministicMath.MaxTrigArgument));
    }

    [Fact]
    public void Known_arguments_give_pinned_bit_patterns()
    {
        // Given: bit patterns of this implementation, which must never change (the data set depends on them).
        // They equal the correctly rounded values e, ln 10, sin 1, cos 1, exp(-0.5) and ln 0.3.
        (Func<double, double> Function, double Argument, ulong Bits)[] cases =
        [
            (DeterministicMath.Exp, 1.0, 0x4005BF0A8B145769),
            (DeterministicMath.Log, 10.0, 0x40026BB1BBB55516),
            (DeterministicMath.Sin, 1.0, 0x3FEAED548F090CEE),
            (DeterministicMath.Cos, 1.0, 0x3FE14A280FB5068C),
            (DeterministicMath.Exp, -0.5, 0x3FE368B2FC6F960A),
            (DeterministicMath.Log, 0.3, 0xBFF34378FCBDA721),
        ];

        foreach (var (function, argument, bits) in cases)
        {
            // When
            var actual = BitConverter.DoubleToUInt64Bits(function(argument));

            // Then
            Assert.Equal($"0x{bits:X16}", $"0x{actual:X16}");
        }
    }

    [Fact]
    public void The_four_part_half_pi_matches_its_digits_to_150_bits()
    {
        // Given: π/2 to 60 decimal digits
        const string halfPiDigits = "1.57079632679489661923132169163975144209858469968755291048747";
        double[] parts = [1.5707963267341256, 6.077100506303966e-11, 2.0222662487111665e-21, 8.4784276603689e-32];

        // When
        var difference = ScaledSum(parts, 160) - ParseScaled(halfPiDigits, 160);

        // Then: |sum − π/2| < 2^-150
        Assert.True(BigInteger.Abs(difference) < BigInteger.Pow(2, 10), $"difference {difference} × 2^-160");
    }

    [Fact]
    public void The_two_part_ln2_matches_its_digits_to_85_bits()
    {
        // Given: ln 2 to 40 decimal digits
        const string ln2Digits = "0.6931471805599453094172321214581765680755";
        double[] parts = [0.6931471803691238, 1.9082149292705877e-10];

        // When
        var difference = ScaledSum(parts, 120) - ParseScaled(ln2Digits, 120);

        // Then: |sum − ln 2| < 2^-85
        Assert.True(BigInteger.Abs(difference) < BigInteger.Pow(2, 35), $"difference {difference} × 2^-120");
    }

    /// <summary>Σ parts · 2^scale, exactly, rounded toward zero at the end.</summary>
    private static BigInteger ScaledSum(double[] parts, int scale)
    {
        var sum = BigInteger.Zero;
        foreach (var part in parts)
        {
            var bits = BitConverter.DoubleToInt64Bits(part);
            var exponent = (int)((bits >> 52) & 0x7FF) - 1075;
            var mantissa = (bits & 0xFFFFFFFFFFFFF) | (1L << 52);
            var shift = exponent + scale;
            sum += shift >= 0 ? new BigInteger(mantissa) << shift : new BigInteger(mantissa) >> -shift;
        }

        return sum;
    }

    /// <summary>A positive decimal string times 2^scale, rounded toward zero.</summary>
    private static BigInteger ParseScaled(string digits, int scale)
    {
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var fraction = digits[(point + 1)..];
        var integer = BigInteger.Parse(digits[..point] + fraction, System.Globalization.CultureInfo.InvariantCulture);
        return (integer << scale) / BigInteger.Pow(10, fraction.Length);
    }
}
