using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>
/// Builds the reference distributions of the artifact from the training rows: decile bins for the population
/// stability index and the exact CDF at the percentiles for the Kolmogorov–Smirnov statistic. Quantiles are order
/// statistics (the inverted empirical CDF, Hyndman and Fan's type 1), so every edge is a value that occurred.
/// </summary>
// References:
//   Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American Statistician 50(4), 361–365.
public static class ReferenceBuilder
{
    /// <summary>The reference distributions of every feature in <paramref name="features"/> and of the model's predictions.</summary>
    /// <param name="training">The training rows.</param>
    /// <param name="features">The model's raw inputs.</param>
    /// <param name="fittedLogUnits">The model's fitted values on the training rows, on the scale it predicts.</param>
    public static ReferenceSet Build(ITabularData training, IReadOnlyList<FeatureSpec> features, IReadOnlyList<double> fittedLogUnits)
    {
        var references = new List<FeatureReference>();
        foreach (var feature in features)
        {
            switch (feature.Kind)
            {
                case FeatureKind.Number:
                    references.Add(Numbers(feature.Name, training.Numeric(feature.Name).ToArray()));
                    break;
                case FeatureKind.Category:
                    references.Add(Categories(feature, training.Text(feature.Name)));
                    break;
            }
        }

        return new ReferenceSet(references, Numbers("prediction", [.. fittedLogUnits]));
    }

    /// <summary>The reference distribution of one numeric input; sorts <paramref name="values"/> in place.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="values">Its training values.</param>
    public static FeatureReference Numbers(string name, double[] values)
    {
        Array.Sort(values);
        var edges = Enumerable.Range(1, 9).Select(d => Quantile(values, d / 10.0)).Distinct().ToArray();
        var counts = new double[edges.Length + 1];
        foreach (var value in values)
        {
            counts[DriftStatistics.BinOf(edges, value)]++;
        }

        var points = Enumerable.Range(0, 101).Select(p => Quantile(values, p / 100.0)).Distinct().ToArray();
        var cdf = points.Select(p => (double)UpperBound(values, p) / values.Length).ToArray();
        return new FeatureReference(name, FeatureKind.Number, edges, [], [.. counts.Select(c => c / values.Length)], points, cdf);
    }

    private static FeatureReference Categories(FeatureSpec feature, IReadOnlyList<string> values)
    {
        var counts = values.CountBy(v => v, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var proportions = feature.Categories.Select(c => (double)counts.GetValueOrDefault(c) / values.Count).ToArray();
        return new FeatureReference(feature.Name, FeatureKind.Category, [], feature.Categories, proportions, [], []);
    }

    private static double Quantile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Number of sorted values ≤ <paramref name="x"/>.</summary>
    internal static int UpperBound(ReadOnlySpan<double> sorted, double x)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
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
}
