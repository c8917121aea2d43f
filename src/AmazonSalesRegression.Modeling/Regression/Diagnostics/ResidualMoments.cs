namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>The (biased, population) skewness and Pearson kurtosis of residuals, as statsmodels reports them in <c>summary()</c>.</summary>
/// <param name="Skewness">m₃ / m₂^1.5.</param>
/// <param name="Kurtosis">m₄ / m₂² (3 for a normal distribution).</param>
public sealed record ResidualMoments(double Skewness, double Kurtosis)
{
    /// <summary>Computes the moments of <paramref name="residuals"/> about their mean, with compensated sums.</summary>
    public static ResidualMoments Of(ReadOnlySpan<double> residuals)
    {
        if (residuals.Length < 3)
        {
            throw new ArgumentException($"Moments need at least 3 residuals; got {residuals.Length}.", nameof(residuals));
        }

        var mean = Sum(residuals, 1, 0) / residuals.Length;
        var m2 = Sum(residuals, 2, mean) / residuals.Length;
        var m3 = Sum(residuals, 3, mean) / residuals.Length;
        var m4 = Sum(residuals, 4, mean) / residuals.Length;
        return new ResidualMoments(m3 / Math.Pow(m2, 1.5), m4 / (m2 * m2));
    }

    private static double Sum(ReadOnlySpan<double> values, int power, double center)
    {
        // Neumaier's compensated summation.
        double sum = 0,
            compensation = 0;
        foreach (var value in values)
        {
            var d = value - center;
            var term = power switch
            {
                1 => value,
                2 => d * d,
                3 => d * d * d,
                _ => d * d * d * d,
            };
            var t = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }

        return sum + compensation;
    }
}
