using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Sums over a set of rows that determine a Gaussian elastic net and its squared prediction error: counts, Σx, Σy,
/// ΣxxT, Σxy, Σy² and column minima and maxima. Values are shifted by fixed centres (the whole data's means) before
/// summing, so that the centred moments derived from them do not cancel. Moments of disjoint row sets add up, which
/// lets k-fold cross-validation read the data once: each training set is the sum of the other folds' moments, and
/// each fold's test error is a quadratic form in its own moments.
/// </summary>
internal sealed partial class RowMoments
{
    private RowMoments(int columns, double[] shiftX, double shiftY)
    {
        ShiftX = shiftX;
        ShiftY = shiftY;
        SumX = new double[columns];
        SumXX = new double[columns * columns];
        SumXY = new double[columns];
        Minimum = Enumerable.Repeat(double.PositiveInfinity, columns).ToArray();
        Maximum = Enumerable.Repeat(double.NegativeInfinity, columns).ToArray();
    }

    public int ColumnCount => SumX.Length;

    public long Count { get; private set; }

    public double[] ShiftX { get; }

    public double ShiftY { get; }

    public double[] SumX { get; }

    public double SumY { get; private set; }

    /// <summary>Σ (x_j − c_j)(x_k − c_k), row-major p × p.</summary>
    public double[] SumXX { get; }

    public double[] SumXY { get; }

    public double SumYY { get; private set; }

    public double[] Minimum { get; }

    public double[] Maximum { get; }

    /// <summary>The moments of <paramref name="rows"/> of the data, shifted by the given centres.</summary>
    public static RowMoments Of(DesignMatrix x, ReadOnlySpan<double> y, int[] rows, double[] shiftX, double shiftY)
    {
        var p = x.ColumnCount;
        var moments = new RowMoments(p, shiftX, shiftY) { Count = rows.Length };
        var shifted = new double[p][];
        for (var j = 0; j < p; j++)
        {
            var source = x.Column(j);
            var column = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                var value = source[rows[i]];
                moments.Minimum[j] = Math.Min(moments.Minimum[j], value);
                moments.Maximum[j] = Math.Max(moments.Maximum[j], value);
                column[i] = value - shiftX[j];
                moments.SumX[j] += column[i];
            }

            shifted[j] = column;
        }

        var response = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            response[i] = y[rows[i]] - shiftY;
            moments.SumY += response[i];
        }

        moments.SumYY = TallSkinnyQr.Dot(response, response);
        for (var j = 0; j < p; j++)
        {
            moments.SumXY[j] = TallSkinnyQr.Dot(shifted[j], response);
            for (var k = 0; k <= j; k++)
            {
                var s = TallSkinnyQr.Dot(shifted[j], shifted[k]);
                moments.SumXX[(j * p) + k] = s;
                moments.SumXX[(k * p) + j] = s;
            }
        }

        return moments;
    }

    /// <summary>The moments of the union of disjoint row sets (all with the same centres).</summary>
    public static RowMoments Combine(IReadOnlyList<RowMoments> parts)
    {
        var first = parts[0];
        var total = new RowMoments(first.ColumnCount, first.ShiftX, first.ShiftY);
        foreach (var part in parts)
        {
            total.Count += part.Count;
            total.SumY += part.SumY;
            total.SumYY += part.SumYY;
            for (var j = 0; j < total.ColumnCount; j++)
            {
                total.SumX[j] += part.SumX[j];
                total.SumXY[j] += part.SumXY[j];
                total.Minimum[j] = Math.Min(total.Minimum[j], part.Minimum[j]);
                total.Maximum[j] = Math.Max(total.Maximum[j], part.Maximum[j]);
            }

            for (var e = 0; e < total.SumXX.Length; e++)
            {
                total.SumXX[e] += part.SumXX[e];
            }
        }

        return total;
    }

    /// <summary>
    /// Σ (y − b₀ − xβ)² over these rows, expanded in the moments: with a = b₀ + cᵀβ − c_y,
    /// Σỹ² − 2aΣỹ − 2βᵀΣx̃ỹ + n·a² + 2a·βᵀΣx̃ + βᵀ(Σx̃x̃ᵀ)β.
    /// </summary>
    public double SquaredError(double intercept, IReadOnlyList<double> beta)
    {
        var p = ColumnCount;
        var a = intercept - ShiftY;
        double betaSumXY = 0,
            betaSumX = 0,
            quadratic = 0;
        for (var j = 0; j < p; j++)
        {
            a += ShiftX[j] * beta[j];
        }

        for (var j = 0; j < p; j++)
        {
            if (beta[j] == 0)
            {
                continue;
            }

            betaSumXY += beta[j] * SumXY[j];
            betaSumX += beta[j] * SumX[j];
            var row = 0.0;
            for (var k = 0; k < p; k++)
            {
                row += SumXX[(j * p) + k] * beta[k];
            }

            quadratic += beta[j] * row;
        }

        return SumYY - (2 * a * SumY) - (2 * betaSumXY) + (Count * a * a) + (2 * a * betaSumX) + quadratic;
    }
}
