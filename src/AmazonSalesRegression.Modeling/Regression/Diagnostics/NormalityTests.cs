namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>Tests of the normality of residuals: Jarque-Bera and the omnibus K² test of D'Agostino and Pearson.</summary>
// References:
//   Jarque, C. M. & Bera, A. K. (1980). Efficient tests for normality, homoscedasticity and serial independence of regression residuals. Economics Letters 6(3), 255-259.
//   D'Agostino, R. B. (1970). Transformation to normality of the null distribution of g1. Biometrika 57(3), 679-681.
//   Anscombe, F. J. & Glynn, W. J. (1983). Distribution of the kurtosis statistic b2 for normal samples. Biometrika 70(1), 227-234.
//   D'Agostino, R. B., Belanger, A. & D'Agostino, R. B. Jr. (1990). A suggestion for using powerful and informative tests of normality. The American Statistician 44(4), 316-321.
public static class NormalityTests
{
    /// <summary>
    /// Jarque-Bera: JB = n/6 · (S² + (K − 3)²/4) with the biased skewness S and Pearson kurtosis K, referred to χ²(2).
    /// </summary>
    public static TestStatistic JarqueBera(ReadOnlySpan<double> residuals) => JarqueBera(residuals.Length, ResidualMoments.Of(residuals));

    /// <summary>Jarque-Bera from the moments of <paramref name="n"/> residuals (see <see cref="JarqueBera(ReadOnlySpan{double})"/>).</summary>
    internal static TestStatistic JarqueBera(long n, ResidualMoments moments)
    {
        var excess = moments.Kurtosis - 3;
        var jb = n / 6.0 * ((moments.Skewness * moments.Skewness) + (excess * excess / 4));
        return new TestStatistic("Jarque-Bera", jb, ReferenceTails.ChiSquaredUpper(jb, 2), 2);
    }

    /// <summary>
    /// The omnibus test K² = Z(√b₁)² + Z(b₂)²: D'Agostino's normalizing transformation of the skewness and the
    /// Anscombe-Glynn transformation of the kurtosis, referred to χ²(2) (scipy's <c>normaltest</c>, statsmodels' "Omnibus").
    /// </summary>
    public static TestStatistic Omnibus(ReadOnlySpan<double> residuals)
    {
        if (residuals.Length < 8)
        {
            throw new ArgumentException($"The omnibus test needs at least 8 residuals; got {residuals.Length}.", nameof(residuals));
        }

        return Omnibus(residuals.Length, ResidualMoments.Of(residuals));
    }

    /// <summary>The omnibus test from the moments of <paramref name="n"/> ≥ 8 residuals (see <see cref="Omnibus(ReadOnlySpan{double})"/>).</summary>
    internal static TestStatistic Omnibus(long n, ResidualMoments moments)
    {
        var k2 = Math.Pow(SkewnessZ(moments.Skewness, n), 2) + Math.Pow(KurtosisZ(moments.Kurtosis, n), 2);
        return new TestStatistic("Omnibus", k2, ReferenceTails.ChiSquaredUpper(k2, 2), 2);
    }

    private static double SkewnessZ(double b1, double n)
    {
        var y = b1 * Math.Sqrt((n + 1) * (n + 3) / (6.0 * (n - 2)));
        var beta2 = 3.0 * ((n * n) + (27 * n) - 70) * (n + 1) * (n + 3) / ((n - 2) * (n + 5) * (n + 7) * (n + 9));
        var w2 = -1 + Math.Sqrt(2 * (beta2 - 1));
        var delta = 1 / Math.Sqrt(0.5 * Math.Log(w2));
        var alpha = Math.Sqrt(2.0 / (w2 - 1));
        y = y == 0 ? 1 : y;
        return delta * Math.Log((y / alpha) + Math.Sqrt(((y / alpha) * (y / alpha)) + 1));
    }

    private static double KurtosisZ(double b2, double n)
    {
        var expected = 3.0 * (n - 1) / (n + 1);
        var variance = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
        var x = (b2 - expected) / Math.Sqrt(variance);
        var sqrtBeta1 = 6.0 * ((n * n) - (5 * n) + 2) / ((n + 7) * (n + 9)) * Math.Sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)));
        var a = 6.0 + (8.0 / sqrtBeta1 * ((2.0 / sqrtBeta1) + Math.Sqrt(1 + (4.0 / (sqrtBeta1 * sqrtBeta1)))));
        var term1 = 1 - (2 / (9.0 * a));
        var denominator = 1 + (x * Math.Sqrt(2 / (a - 4.0)));
        var term2 = Math.Sign(denominator) * Math.Cbrt((1 - (2.0 / a)) / Math.Abs(denominator));
        return (term1 - term2) / Math.Sqrt(2 / (9.0 * a));
    }
}
