namespace AmazonSalesRegression.Numerics;

public static partial class DeterministicMath
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double TwoPow54 = 18014398509481984.0;
    private const ulong ExponentMask = 0x7FF0000000000000;
    private const ulong ExponentOfOne = 0x3FF0000000000000;

    /// <summary>
    /// Natural logarithm of <paramref name="x"/>, bit-identical on every platform.
    /// </summary>
    /// <remarks>
    /// Objective: ln(x) with an error below one ulp.
    /// Algorithm: write x = 2^k·m with m in [√2/2, √2) (exact, from the bit pattern), f = m − 1 (exact by Sterbenz's
    /// lemma) and s = f / (2 + f). Then ln(m) = ln(1 + f) = 2·artanh(s) = f − f²/2 + s·(f²/2 + R) with
    /// R = Σₙ 2·s²ⁿ/(2n + 1), n = 1..11 (|s| ≤ 0.1716, so the truncation error is below 2^-60 relative).
    /// The result k·ln2High + (f − (f²/2 − (s·(f²/2 + R) + k·ln2Low))) adds the large exact term last.
    /// Special values follow IEEE 754: ln(x &lt; 0) = NaN, ln(±0) = −∞, ln(+∞) = +∞, ln(NaN) = NaN.
    /// </remarks>
    /// <param name="x">A positive number.</param>
    /// <returns>ln x.</returns>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0.0)
        {
            return double.NaN;
        }

        if (x == 0.0)
        {
            return double.NegativeInfinity;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var k = 0;
        if (!double.IsNormal(x))
        {
            x *= TwoPow54;
            k = -54;
        }

        var bits = BitConverter.DoubleToUInt64Bits(x);
        k += (int)((bits & ExponentMask) >> 52) - 1023;
        var m = BitConverter.UInt64BitsToDouble((bits & ~ExponentMask) | ExponentOfOne);
        if (m >= Sqrt2)
        {
            m *= 0.5;
            k += 1;
        }

        var f = m - 1.0;
        var s = f / (2.0 + f);
        var halfSquare = 0.5 * f * f;
        var r = LogSeriesR(s * s);
        var kd = (double)k;
        return (kd * Ln2High) + (f - (halfSquare - ((s * (halfSquare + r)) + (kd * Ln2Low))));
    }

    /// <summary>Coefficients 2/(2n + 1), n = 1..11, of R = Σ 2·s²ⁿ/(2n + 1).</summary>
    private static readonly double[] LogCoefficients =
    [
        2.0 / 3.0,
        2.0 / 5.0,
        2.0 / 7.0,
        2.0 / 9.0,
        2.0 / 11.0,
        2.0 / 13.0,
        2.0 / 15.0,
        2.0 / 17.0,
        2.0 / 19.0,
        2.0 / 21.0,
        2.0 / 23.0,
    ];

    /// <summary>R = Σₙ 2·zⁿ/(2n + 1) for n = 1..11, with z = s².</summary>
    private static double LogSeriesR(double z) => z * Horner(z, LogCoefficients);
}
