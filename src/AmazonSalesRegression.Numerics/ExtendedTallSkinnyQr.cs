namespace AmazonSalesRegression.Numerics;

/// <summary>
/// The double-double counterpart of <see cref="TallSkinnyQr"/>: Householder QR of a tall, skinny matrix
/// carried out entirely in <see cref="DoubleDouble"/> arithmetic (unit roundoff ≈ 2⁻¹⁰⁶), returning only R.
/// Objective: an R whose relative error is about κ·2⁻¹⁰⁶ instead of κ·2⁻⁵³, so that least-squares
/// problems with condition numbers up to ~10¹⁰ (NIST Filip, Wampler) still give 10+ correct digits.
/// </summary>
/// <remarks>
/// Same chunked, blocked row order as the double version (and therefore also independent of the number of
/// threads). Roughly 20 times slower per flop than the double path; used for small problems and for
/// problems whose double-precision factor shows a condition number above the solver's limit.
/// </remarks>
// References:
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.2.2, §6.5.3.
//   N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed. (2002), §19.3 (backward stability
//     of Householder QR), ch. 20 (least squares perturbation theory: error ≈ u·κ + u·κ²·tanθ).
//   Y. Hida, X. S. Li, D. H. Bailey, "Algorithms for quad-double precision floating point arithmetic" (2001).
public static class ExtendedTallSkinnyQr
{
    private const int ChunkRows = 32;

    /// <summary>Computes the m×m upper triangular R (column-major) of the scaled columns, trailing parts included.</summary>
    /// <param name="a">The matrix.</param>
    /// <returns>R, column-major with leading dimension m.</returns>
    public static DoubleDouble[] Factor(ScaledColumns a)
    {
        var m = a.Count;
        var blocks = (a.Rows + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        var partial = new DoubleDouble[blocks][];
        Parallel.For(
            0,
            blocks,
            b =>
            {
                var start = b * TallSkinnyQr.BlockRows;
                partial[b] = FactorBlock(a, start, Math.Min(TallSkinnyQr.BlockRows, a.Rows - start));
            }
        );

        var r = partial[0];
        var stacked = new DoubleDouble[m * m];
        for (var b = 1; b < blocks; b++)
        {
            partial[b].CopyTo(stacked, 0);
            Annihilate(r, stacked, m, m, m);
        }

        return r;
    }

    private static DoubleDouble[] FactorBlock(ScaledColumns a, int start, int count)
    {
        var m = a.Count;
        var r = new DoubleDouble[m * m];
        var chunk = new DoubleDouble[ChunkRows * m];
        for (var offset = 0; offset < count; offset += ChunkRows)
        {
            var rows = Math.Min(ChunkRows, count - offset);
            a.CopyScaled(start + offset, rows, chunk, ChunkRows);
            Annihilate(r, chunk, ChunkRows, rows, m);
        }

        return r;
    }

    /// <summary>Re-triangularizes [R; B] by m Householder reflectors; B (rows × m, leading dimension ld) is overwritten.</summary>
    /// <param name="r">Upper triangular m×m factor, updated in place.</param>
    /// <param name="b">Dense block below R, column-major.</param>
    /// <param name="ld">Leading dimension of <paramref name="b"/>.</param>
    /// <param name="rows">Rows of <paramref name="b"/> in use.</param>
    /// <param name="m">Order of R.</param>
    internal static void Annihilate(DoubleDouble[] r, Span<DoubleDouble> b, int ld, int rows, int m)
    {
        for (var k = 0; k < m; k++)
        {
            var v = b.Slice(k * ld, rows);
            var tailNorm2 = DoubleDouble.Zero;
            foreach (var x in v)
            {
                tailNorm2 += x * x;
            }

            if (tailNorm2.Hi == 0.0)
            {
                continue;
            }

            var alpha = r[k + k * m];
            var norm = DoubleDouble.Sqrt(alpha * alpha + tailNorm2);
            var beta = alpha.Hi >= 0.0 ? -norm : norm;
            var tau = (beta - alpha) / beta;
            var scale = DoubleDouble.One / (alpha - beta);
            for (var i = 0; i < v.Length; i++)
            {
                v[i] *= scale;
            }

            r[k + k * m] = beta;
            for (var j = k + 1; j < m; j++)
            {
                var c = b.Slice(j * ld, rows);
                var w = r[k + j * m];
                for (var i = 0; i < c.Length; i++)
                {
                    w += v[i] * c[i];
                }

                var t = tau * w;
                r[k + j * m] -= t;
                for (var i = 0; i < c.Length; i++)
                {
                    c[i] -= t * v[i];
                }
            }
        }
    }
}
