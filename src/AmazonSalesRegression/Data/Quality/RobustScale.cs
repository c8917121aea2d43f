namespace AmazonSalesRegression.Data.Quality;

/// <summary>
/// Robust location and scale: the median and the median absolute deviation (MAD), scaled by 1.4826 so that it
/// estimates the standard deviation of normal data. A robust z-score (x − median) / scaled MAD is not inflated by the
/// outliers it is meant to find, unlike the classical z-score.
/// </summary>
// References:
//   F. R. Hampel (1974), "The influence curve and its role in robust estimation", JASA 69(346), 383-393.
//   C. Leys, C. Ley, O. Klein, P. Bernard, L. Licata (2013), "Detecting outliers: Do not use standard deviation around
//   the mean, use absolute deviation around the median", J. Experimental Social Psychology 49(4), 764-766.
internal static class RobustScale
{
    /// <summary>Consistency constant 1 / Φ⁻¹(3/4) that makes the MAD estimate σ for normal data.</summary>
    public const double NormalConsistency = 1.4826;

    /// <summary>The median of <paramref name="values"/> (mean of the two middle values for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Robust z-scores of <paramref name="values"/>: (x − median) / (1.4826 × MAD); all zero when the MAD is zero.</summary>
    public static double[] ZScores(IReadOnlyList<double> values)
    {
        var median = Median(values);
        var scale = NormalConsistency * Median(values.Select(v => Math.Abs(v - median)));
        return [.. values.Select(v => scale > 0 ? (v - median) / scale : 0)];
    }
}
