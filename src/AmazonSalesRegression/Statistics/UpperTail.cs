using MathNet.Numerics;

namespace AmazonSalesRegression.Statistics;

/// <summary>
/// Upper-tail probabilities (survival functions) of the reference distributions of regression tests, computed from
/// MathNet.Numerics' regularized incomplete gamma and beta functions so that tiny p-values keep their digits
/// (1 − CDF would round them to 0).
/// </summary>
public static class UpperTail
{
    /// <summary>P(X ≥ x) for X ~ χ²(<paramref name="degreesOfFreedom"/>): Q(k/2, x/2).</summary>
    public static double ChiSquared(double degreesOfFreedom, double x) =>
        x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, x / 2);

    /// <summary>P(X ≥ x) for X ~ F(d₁, d₂): I_{d₂/(d₂ + d₁x)}(d₂/2, d₁/2).</summary>
    public static double FisherSnedecor(double numeratorDf, double denominatorDf, double x) =>
        x <= 0 ? 1 : SpecialFunctions.BetaRegularized(denominatorDf / 2, numeratorDf / 2, denominatorDf / (denominatorDf + (numeratorDf * x)));

    /// <summary>P(|T| ≥ |t|) for T ~ t(ν): I_{ν/(ν + t²)}(ν/2, 1/2).</summary>
    public static double StudentTTwoSided(double degreesOfFreedom, double t) =>
        double.IsNaN(t) ? double.NaN : SpecialFunctions.BetaRegularized(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2).</summary>
    public static double NormalTwoSided(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
}
