using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// Tail probabilities and critical values from Math.NET's distributions, evaluated on the side that avoids
/// cancellation: two-sided p-values as 2·F(−|t|), the F upper tail through the regularized incomplete beta
/// function of the complementary argument (what <see cref="FisherSnedecor.CDF(double, double, double)"/> uses,
/// without the 1 − CDF cancellation for tiny p), the χ² upper tail through the regularized upper incomplete gamma function, and Student quantiles polished by Newton steps on the CDF
/// because <see cref="StudentT.InvCDF(double, double, double, double)"/> stops at a 1e-8 root tolerance.
/// </summary>
// References:
//   M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964), 26.6.2 and 26.7.1
//     (F and t distribution functions as incomplete beta functions).
public static class ReferenceTails
{
    /// <summary>Two-sided p-value P(|T| ≥ |statistic|).</summary>
    /// <param name="statistic">The t or z statistic.</param>
    /// <param name="distribution">Reference distribution.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom for Student t.</param>
    /// <returns>The p-value; NaN for a NaN statistic.</returns>
    public static double TwoSided(double statistic, ReferenceDistribution distribution, double degreesOfFreedom)
    {
        if (double.IsNaN(statistic))
        {
            return double.NaN;
        }

        var lower = -Math.Abs(statistic);
        return distribution == ReferenceDistribution.Normal
            ? 2.0 * Normal.CDF(0.0, 1.0, lower)
            : 2.0 * StudentT.CDF(0.0, 1.0, degreesOfFreedom, lower);
    }

    /// <summary>The critical value q with P(|T| ≤ q) = level.</summary>
    /// <param name="level">Coverage in (0, 1).</param>
    /// <param name="distribution">Reference distribution.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom for Student t.</param>
    /// <returns>The positive critical value.</returns>
    public static double Critical(double level, ReferenceDistribution distribution, double degreesOfFreedom)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        var alpha = (1.0 - level) / 2.0;
        if (distribution == ReferenceDistribution.Normal)
        {
            return -Normal.InvCDF(0.0, 1.0, alpha);
        }

        var x = StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, alpha);
        for (var step = 0; step < 4; step++)
        {
            var density = StudentT.PDF(0.0, 1.0, degreesOfFreedom, x);
            if (density == 0.0)
            {
                break;
            }

            var correction = (StudentT.CDF(0.0, 1.0, degreesOfFreedom, x) - alpha) / density;
            x -= correction;
            if (Math.Abs(correction) <= 1e-15 * Math.Abs(x))
            {
                break;
            }
        }

        return -x;
    }

    /// <summary>Upper tail P(F ≥ f) of the F distribution with (d1, d2) degrees of freedom.</summary>
    /// <param name="f">The statistic.</param>
    /// <param name="d1">Numerator degrees of freedom.</param>
    /// <param name="d2">Denominator degrees of freedom.</param>
    /// <returns>The p-value; NaN when f is NaN or d1 is 0.</returns>
    public static double FUpper(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || d1 <= 0.0)
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0.0;
        }

        return SpecialFunctions.BetaRegularized(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f));
    }

    /// <summary>Upper tail P(X ≥ x) of the χ² distribution with k degrees of freedom: Q(k/2, x/2), without the 1 − CDF cancellation.</summary>
    /// <param name="x">The statistic.</param>
    /// <param name="k">Degrees of freedom.</param>
    /// <returns>The p-value; NaN when x is NaN.</returns>
    public static double ChiSquaredUpper(double x, double k) =>
        double.IsNaN(x) ? double.NaN
        : x <= 0.0 ? 1.0
        : SpecialFunctions.GammaUpperRegularized(k / 2.0, x / 2.0);
}
