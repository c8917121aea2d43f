namespace AmazonSalesRegression.Numerics;

public static partial class DeterministicMath
{
    /// <summary>High part of ln 2: its first 32 significant bits, so <c>k · Ln2High</c> is exact for |k| &lt; 2^21.</summary>
    private static readonly double Ln2High = FromBits(0x3FE62E42FEE00000); // 6.93147180369123816e-01

    /// <summary>ln 2 − <see cref="Ln2High"/>, rounded to double (the remainder is below 1.2e-26).</summary>
    private static readonly double Ln2Low = FromBits(0x3DEA39EF35793C76); // 1.90821492927058770e-10

    private const double InverseLn2 = 1.4426950408889634;

    /// <summary>Largest argument whose exponential is finite.</summary>
    private const double ExpOverflowThreshold = 709.782712893384;

    /// <summary>Below this argument the exponential rounds to zero.</summary>
    private const double ExpUnderflowThreshold = -745.1332191019412;

    /// <summary>
    /// e raised to <paramref name="x"/>, bit-identical on every platform.
    /// </summary>
    /// <remarks>
    /// Objective: exp(x) with an error below one ulp for results in the normal range.
    /// Algorithm: Cody–Waite reduction x = k·ln 2 + r with k = round(x / ln 2) and |r| ≤ ln2 / 2, so exp(x) = 2^k·exp(r).
    /// With R(r) = r·coth(r/2) − 2 = Σ 2·B₂ₙ·r²ⁿ/(2n)! (B₂ₙ the Bernoulli numbers, eight terms) and c = r − R(r),
    /// the identity exp(r) = 1 + r + r·c/(2 − c) holds exactly; evaluating it this way keeps the rounding error of the
    /// series out of the leading terms. The sum 1 + (high − low) + r·c/(2 − c) is accumulated with TwoSum so that only
    /// one significant rounding remains. The final scaling by 2^k is exact (except for
    /// subnormal results).
    /// Special values follow IEEE 754: exp(NaN) = NaN, exp(+∞) = +∞, exp(−∞) = +0.
    /// </remarks>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x.</returns>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > ExpOverflowThreshold)
        {
            return double.PositiveInfinity;
        }

        if (x < ExpUnderflowThreshold)
        {
            return 0.0;
        }

        var k = Math.Round(x * InverseLn2);
        var high = x - (k * Ln2High);
        var low = k * Ln2Low;
        var r = high - low;
        var c = r - ExpSeriesR(r * r);
        TwoSum(high, ((r * c) / (2.0 - c)) - low, out var sum, out var sumError);
        TwoSum(1.0, sum, out var y, out var yError);
        return Math.ScaleB(y + (yError + sumError), (int)k);
    }

    /// <summary>
    /// Coefficients 2·B₂ₙ/(2n)!, n = 1..8, of R(r) = r·coth(r/2) − 2 = Σ coefficientₙ·r²ⁿ (B₂ₙ the Bernoulli numbers).
    /// </summary>
    private static readonly double[] ExpCoefficients =
    [
        1.0 / 6.0,
        -1.0 / 360.0,
        1.0 / 15120.0,
        -1.0 / 604800.0,
        1.0 / 23950080.0,
        -691.0 / 653837184000.0,
        1.0 / 37362124800.0,
        -3617.0 / 5335311421440000.0,
    ];

    /// <summary>R(r) = r·coth(r/2) − 2 as a polynomial in z = r², truncated after the r^16 term.</summary>
    private static double ExpSeriesR(double z) => z * Horner(z, ExpCoefficients);
}
