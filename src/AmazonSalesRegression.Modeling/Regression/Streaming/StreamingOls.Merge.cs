namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>Combining fits of disjoint row blocks, so that blocks can be read and factored in parallel.</summary>
public sealed partial class StreamingOls
{
    /// <summary>
    /// Adds the rows of <paramref name="other"/> (a fit of the same columns) to this fit, as if they had been added here.
    /// Objective: the factor of the stacked rows [A; B] from the factors of A and B alone. TSQR: [R_A; R_B] has the same
    /// Gram matrix as [A; B], so re-triangularizing the 2m×m stack gives R of the union (up to row signs, which the
    /// solution does not depend on). The response's mean and centred sum of squares merge by Chan, Golub and LeVeque's
    /// pairwise formula M = M_A + M_B + δ²·n_A·n_B/n with δ = ȳ_B − ȳ_A.
    /// </summary>
    /// <param name="other">A fit with the same names and intercept; it is left unchanged.</param>
    /// <exception cref="ArgumentException">The fits have different columns.</exception>
    public void Merge(StreamingOls other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.HasIntercept != HasIntercept || !other._names.AsSpan().SequenceEqual(_names))
        {
            throw new ArgumentException("The fits have different columns; only fits of the same columns merge.", nameof(other));
        }

        Flush();
        other.Flush();
        if (other.Rows == 0)
        {
            return;
        }

        var stacked = (double[])other._r.Clone();
        Numerics.TallSkinnyQr.Annihilate(_r, stacked, _m, _m, _m);
        var rows = Rows + other.Rows;
        var delta = other._mean - _mean;
        _centred += other._centred + (delta * delta * ((double)Rows * other.Rows / rows));
        _mean += delta * other.Rows / rows;
        _sumOfSquares += other._sumOfSquares;
        _sum += other._sum;
        Rows = rows;
    }

    // ‖X_j‖ for each kept predictor column: the column norms of R, since QᵀX = R keeps them.
    private double[] ColumnNorms(List<int> kept) =>
        [
            .. kept.Select(j =>
            {
                var sum = 0.0;
                for (var i = 0; i <= j; i++)
                {
                    sum += _r[i + (j * _m)] * _r[i + (j * _m)];
                }

                return Math.Sqrt(sum);
            }),
        ];
}
