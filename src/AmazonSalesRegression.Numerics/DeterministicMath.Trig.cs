namespace AmazonSalesRegression.Numerics;

public static partial class DeterministicMath
{
    /// <summary>Largest |x| accepted by <see cref="Sin"/> and <see cref="Cos"/>.</summary>
    /// <remarks>Keeps the quadrant count k below 2^20, so k times each 33-bit part of π/2 is exact.</remarks>
    public const double MaxTrigArgument = 1.0e6;

    private const double TwoOverPi = 0.6366197723675814;
    private const double TinyAngle = 7.450580596923828e-9; // 2^-27

    // π/2 = PiOver2Part1 + PiOver2Part2 + PiOver2Part3 + PiOver2Part4 + O(2^-160); the first three have 33 significant bits.
    private static readonly double PiOver2Part1 = FromBits(0x3FF921FB54400000); // 1.57079632673412561e+00
    private static readonly double PiOver2Part2 = FromBits(0x3DD0B4611A600000); // 6.07710050630396597e-11
    private static readonly double PiOver2Part3 = FromBits(0x3BA3198A2E000000); // 2.02226624871116645e-21
    private static readonly double PiOver2Part4 = FromBits(0x397B839A252049C1); // 8.47842766036889956e-32

    /// <summary>Sine of <paramref name="x"/> (radians), bit-identical on every platform.</summary>
    /// <remarks>
    /// Objective: sin(x) with an error below one ulp for |x| ≤ <see cref="MaxTrigArgument"/>.
    /// Algorithm: Cody–Waite reduction x = k·π/2 + r with π/2 split into four doubles and the remainder kept as an
    /// unevaluated sum r + rTail (TwoSum), then the Taylor series of sin or cos on |r| ≤ π/4 chosen by k mod 4.
    /// </remarks>
    /// <param name="x">Angle in radians, |x| ≤ <see cref="MaxTrigArgument"/>.</param>
    /// <returns>sin x; NaN when x is NaN or infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">|x| is finite and larger than <see cref="MaxTrigArgument"/>.</exception>
    public static double Sin(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.NaN;
        }

        if (Math.Abs(x) < TinyAngle)
        {
            return x;
        }

        var quadrant = Reduce(x, out var r, out var rTail);
        return quadrant switch
        {
            0 => SinKernel(r, rTail),
            1 => CosKernel(r, rTail),
            2 => -SinKernel(r, rTail),
            _ => -CosKernel(r, rTail),
        };
    }

    /// <summary>Cosine of <paramref name="x"/> (radians), bit-identical on every platform.</summary>
    /// <remarks>Same algorithm and accuracy as <see cref="Sin"/>, with the quadrant shifted by one.</remarks>
    /// <param name="x">Angle in radians, |x| ≤ <see cref="MaxTrigArgument"/>.</param>
    /// <returns>cos x; NaN when x is NaN or infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">|x| is finite and larger than <see cref="MaxTrigArgument"/>.</exception>
    public static double Cos(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.NaN;
        }

        if (Math.Abs(x) < TinyAngle)
        {
            return 1.0;
        }

        var quadrant = Reduce(x, out var r, out var rTail);
        return quadrant switch
        {
            0 => CosKernel(r, rTail),
            1 => -SinKernel(r, rTail),
            2 => -CosKernel(r, rTail),
            _ => SinKernel(r, rTail),
        };
    }

    /// <summary>Computes k = round(x·2/π) and x − k·π/2 as <paramref name="r"/> + <paramref name="rTail"/>; returns k mod 4.</summary>
    private static int Reduce(double x, out double r, out double rTail)
    {
        if (Math.Abs(x) > MaxTrigArgument)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Deterministic sine and cosine accept |x| <= 1e6 radians.");
        }

        var k = Math.Round(x * TwoOverPi);
        var y = x - (k * PiOver2Part1);
        TwoSum(y, -(k * PiOver2Part2), out var a, out var aError);
        TwoSum(a, -(k * PiOver2Part3), out var b, out var bError);
        var tail = (aError + bError) - (k * PiOver2Part4);
        TwoSum(b, tail, out r, out rTail);
        return (int)((long)k & 3);
    }

    /// <summary>Taylor coefficients (−1)ⁿ/(2n + 1)! of sin x = x + x³·Σ Sₙ·x²⁽ⁿ⁻¹⁾, n = 1..9.</summary>
    private static readonly double[] SinCoefficients =
    [
        -1.0 / 6.0,
        1.0 / 120.0,
        -1.0 / 5040.0,
        1.0 / 362880.0,
        -1.0 / 39916800.0,
        1.0 / 6227020800.0,
        -1.0 / 1307674368000.0,
        1.0 / 355687428096000.0,
        -1.0 / 121645100408832000.0,
    ];

    /// <summary>Taylor coefficients (−1)ⁿ/(2n)! of cos x = 1 − x²/2 + x⁴·Σ Cₙ·x²⁽ⁿ⁻²⁾, n = 2..10.</summary>
    private static readonly double[] CosCoefficients =
    [
        1.0 / 24.0,
        -1.0 / 720.0,
        1.0 / 40320.0,
        -1.0 / 3628800.0,
        1.0 / 479001600.0,
        -1.0 / 87178291200.0,
        1.0 / 20922789888000.0,
        -1.0 / 6402373705728000.0,
        1.0 / 2432902008176640000.0,
    ];

    /// <summary>sin(x + y) for |x| ≤ π/4 and |y| ≪ ulp(x): x + x³·S(x²) + y·(1 − x²/2).</summary>
    private static double SinKernel(double x, double y)
    {
        var z = x * x;
        var series = Horner(z, SinCoefficients);
        return x + (((z * x) * series) + (y - (0.5 * z * y)));
    }

    /// <summary>cos(x + y) for |x| ≤ π/4 and |y| ≪ ulp(x): 1 − x²/2 + x⁴·C(x²) − x·y, with 1 − x²/2 compensated.</summary>
    private static double CosKernel(double x, double y)
    {
        var z = x * x;
        var series = Horner(z, CosCoefficients);
        var halfZ = 0.5 * z;
        var w = 1.0 - halfZ;
        return w + (((1.0 - w) - halfZ) + ((z * z * series) - (x * y)));
    }
}
