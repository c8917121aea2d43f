namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>Serial correlation of residuals in time order.</summary>
// References:
//   Durbin, J. & Watson, G. S. (1950). Testing for serial correlation in least squares regression I. Biometrika 37(3/4), 409-428.
public static class SerialCorrelation
{
    /// <summary>
    /// The Durbin-Watson statistic d = Σ(eₜ − eₜ₋₁)² / Σeₜ²: about 2 without autocorrelation, towards 0 for positive
    /// and towards 4 for negative first-order autocorrelation. Residuals must be in time order.
    /// </summary>
    public static double DurbinWatson(ReadOnlySpan<double> residuals)
    {
        if (residuals.Length < 2)
        {
            throw new ArgumentException("Durbin-Watson needs at least 2 residuals.", nameof(residuals));
        }

        double numerator = 0,
            denominator = residuals[0] * residuals[0];
        for (var t = 1; t < residuals.Length; t++)
        {
            var d = residuals[t] - residuals[t - 1];
            numerator += d * d;
            denominator += residuals[t] * residuals[t];
        }

        return numerator / denominator;
    }
}
