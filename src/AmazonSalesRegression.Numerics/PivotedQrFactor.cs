namespace AmazonSalesRegression.Numerics;

/// <summary>
/// Result of <see cref="LimitedPivotingQr"/>: the r kept columns (in their original order), the aliased
/// columns, the r×r upper triangular factor of the kept columns, Qᵀy restricted to them, and the length of
/// the part of y orthogonal to the kept columns. All in double-double precision and in scaled units.
/// </summary>
/// <param name="Kept">Original indices of the kept columns, increasing.</param>
/// <param name="Aliased">Original indices of the aliased columns, in the order they were found.</param>
/// <param name="R">Upper triangular r×r factor, column-major.</param>
/// <param name="Qty">The first r components of Qᵀy.</param>
/// <param name="ResidualNorm">‖y − X b‖ as given by the factorization.</param>
public sealed record PivotedQrFactor(int[] Kept, int[] Aliased, DoubleDouble[] R, DoubleDouble[] Qty, DoubleDouble ResidualNorm)
{
    /// <summary>The numerical rank r.</summary>
    public int Rank => Kept.Length;

    /// <summary>R⁻¹ (upper triangular, column-major) by back substitution in double-double.</summary>
    /// <returns>The inverse factor.</returns>
    public DoubleDouble[] InvertR()
    {
        var n = Rank;
        var inverse = new DoubleDouble[n * n];
        for (var j = 0; j < n; j++)
        {
            inverse[j + j * n] = DoubleDouble.One / R[j + j * n];
            for (var i = j - 1; i >= 0; i--)
            {
                var s = DoubleDouble.Zero;
                for (var k = i + 1; k <= j; k++)
                {
                    s += R[i + k * n] * inverse[k + j * n];
                }

                inverse[i + j * n] = -s / R[i + i * n];
            }
        }

        return inverse;
    }

    /// <summary>
    /// Frobenius-norm condition number of the column-equilibrated factor, κ_F(R·D⁻¹) with D the column lengths:
    /// √r · ‖D·R⁻¹‖_F. An upper bound on the 2-norm condition number of the column-equilibrated design.
    /// </summary>
    /// <param name="inverse">R⁻¹ from <see cref="InvertR"/>.</param>
    /// <returns>The condition number (1 for orthogonal columns).</returns>
    public double EquilibratedCondition(DoubleDouble[] inverse)
    {
        var n = Rank;
        var total = 0.0;
        for (var j = 0; j < n; j++)
        {
            var columnLength2 = 0.0;
            for (var i = 0; i <= j; i++)
            {
                var x = R[i + j * n].Hi;
                columnLength2 += x * x;
            }

            var rowLength2 = 0.0;
            for (var k = j; k < n; k++)
            {
                var x = inverse[j + k * n].Hi;
                rowLength2 += x * x;
            }

            total += columnLength2 * rowLength2;
        }

        return Math.Sqrt(n * total);
    }
}
