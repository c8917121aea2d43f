using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>
/// Distribution-shift statistics between a reference (training) distribution and a recent window.
/// </summary>
/// <remarks>
/// Population stability index: PSI = Σᵢ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) over bins, with eᵢ the reference share and aᵢ the window
/// share of bin i; both shares are floored at <see cref="ProportionFloor"/> so that an empty bin gives a large but
/// finite term. Conventional reading: below 0.1 stable, 0.1 to 0.25 a moderate shift, 0.25 or more a significant shift.
/// Kolmogorov–Smirnov: D = supₓ |F_window(x) − F_ref(x)|. The artifact keeps the training CDF exactly, but only at its
/// percentiles, so D is taken over those points: a lower bound of the two-sample statistic that misses at most the
/// movement inside one percentile (1 % of the reference mass).
/// </remarks>
// References:
//   Siddiqi, N. (2006). Credit Risk Scorecards: Developing and Implementing Intelligent Credit Scoring. Wiley, ch. 8
//     (population stability index and its 0.1 / 0.25 thresholds).
//   Yurdakul, B. (2018). Statistical properties of population stability index. PhD thesis, Western Michigan University.
//   Massey, F. J. (1951). The Kolmogorov–Smirnov test for goodness of fit. JASA 46(253), 68–78.
public static class DriftStatistics
{
    /// <summary>The floor applied to bin shares before taking logs.</summary>
    public const double ProportionFloor = 1e-4;

    /// <summary>PSI below this is stable.</summary>
    public const double ModerateThreshold = 0.1;

    /// <summary>PSI at or above this is a significant shift.</summary>
    public const double SignificantThreshold = 0.25;

    /// <summary>The population stability index of <paramref name="actual"/> shares against <paramref name="expected"/> shares.</summary>
    /// <exception cref="ArgumentException">The two have different lengths.</exception>
    public static double Psi(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual)
    {
        if (expected.Length != actual.Length)
        {
            throw new ArgumentException($"Expected {expected.Length} bin shares; got {actual.Length}.", nameof(actual));
        }

        var psi = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            var e = Math.Max(expected[i], ProportionFloor);
            var a = Math.Max(actual[i], ProportionFloor);
            psi += (a - e) * Math.Log(a / e);
        }

        return psi;
    }

    /// <summary>The verdict for a PSI value.</summary>
    public static DriftVerdict Verdict(double psi) =>
        psi >= SignificantThreshold ? DriftVerdict.Significant
        : psi >= ModerateThreshold ? DriftVerdict.Moderate
        : DriftVerdict.Stable;

    /// <summary>The bin of <paramref name="value"/>: the first bin whose interior edge is ≥ the value, or the last bin.</summary>
    public static int BinOf(IReadOnlyList<double> edges, double value)
    {
        var (lo, hi) = (0, edges.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The window's bin shares over the reference's bins (numbers) or categories (codes 0..k−1).</summary>
    public static double[] Shares(FeatureReference reference, ReadOnlySpan<double> window)
    {
        var counts = new double[reference.Proportions.Count];
        foreach (var value in window)
        {
            var bin = reference.Kind == FeatureKind.Number ? BinOf(reference.Edges, value) : (int)value;
            if ((uint)bin < (uint)counts.Length)
            {
                counts[bin]++;
            }
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] /= Math.Max(1, window.Length);
        }

        return counts;
    }

    /// <summary>The Kolmogorov–Smirnov distance over the reference's CDF points; <paramref name="sortedWindow"/> must be sorted.</summary>
    public static double KolmogorovSmirnov(FeatureReference reference, ReadOnlySpan<double> sortedWindow)
    {
        var d = 0.0;
        for (var i = 0; i < reference.CdfPoints.Count; i++)
        {
            var window = (double)ReferenceBuilder.UpperBound(sortedWindow, reference.CdfPoints[i]) / sortedWindow.Length;
            d = Math.Max(d, Math.Abs(window - reference.CdfValues[i]));
        }

        return d;
    }
}
