using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>Rank decisions and column selection on the small triangular factor of a streaming fit.</summary>
internal static class StreamingRank
{
    /// <summary>
    /// The predictor columns (all but the last column of the m×m factor) to keep, in order: column j is aliased when,
    /// after the earlier kept columns, what remains of it is at most <paramref name="tolerance"/> times its norm.
    /// Re-triangularizing R's columns is exact in exact arithmetic because QᵀX = R preserves inner products.
    /// </summary>
    public static List<int> KeptColumns(double[] r, int m, double tolerance)
    {
        var kept = new List<int>();
        for (var j = 0; j < m - 1; j++)
        {
            var norm = 0.0;
            for (var i = 0; i <= j; i++)
            {
                norm += r[i + (j * m)] * r[i + (j * m)];
            }

            var candidate = Retriangularize(r, m, [.. kept, j]);
            var k = kept.Count + 1;
            var remaining = Math.Abs(candidate[(k - 1) + ((k - 1) * k)]);
            if (norm > 0 && remaining > tolerance * Math.Sqrt(norm))
            {
                kept.Add(j);
            }
        }

        return kept;
    }

    /// <summary>The k×k upper triangular factor (column-major) of the selected columns of the m×m factor <paramref name="r"/>.</summary>
    public static double[] Retriangularize(double[] r, int m, IReadOnlyList<int> columns)
    {
        var k = columns.Count;
        var block = new double[m * k];
        for (var c = 0; c < k; c++)
        {
            Array.Copy(r, columns[c] * m, block, c * m, m);
        }

        var result = new double[k * k];
        TallSkinnyQr.Annihilate(result, block, m, m, k);
        return result;
    }
}
