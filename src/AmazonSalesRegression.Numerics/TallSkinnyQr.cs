using System.Numerics;
using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// Householder QR of a tall, skinny matrix in double precision, returning only the triangular factor R
/// (the orthogonal factor is not stored). Objective: R upper triangular with AᵀA = RᵀR, computed with the
/// backward stability of Householder QR while reading A once and doing all arithmetic in cache.
/// </summary>
/// <remarks>
/// Rows are processed in chunks of <see cref="ChunkRows"/> that fit in the L1 cache: each chunk is stacked
/// under the current R and the stack [R; A_chunk] is re-triangularized by m Householder reflectors
/// (sequential TSQR, i.e. QR updating by appended rows). Rows are grouped into fixed blocks of
/// <see cref="BlockRows"/> that are factorized in parallel and whose R factors are then merged in block
/// order, so the result does not depend on the number of threads. Flop count 2nm², as for LAPACK dgeqrf.
/// </remarks>
// References:
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.1.2-5.1.3 (Householder vectors),
//     §5.2.2 (Householder QR), §6.5.3 (updating R when rows are appended).
//   J. Demmel, L. Grigori, M. Hoemmen, J. Langou, "Communication-optimal parallel and sequential QR and LU
//     factorizations", SIAM J. Sci. Comput. 34(1) (2012) A206-A239 (TSQR).
public static partial class TallSkinnyQr
{
    /// <summary>Rows per cache-resident chunk.</summary>
    public const int ChunkRows = 256;

    /// <summary>Rows per independently factorized block.</summary>
    internal const int BlockRows = 1 << 15;

    /// <summary>Computes the m×m upper triangular R (column-major) of the scaled leading parts of <paramref name="a"/>.</summary>
    /// <param name="a">The matrix; only leading parts are used.</param>
    /// <returns>R, column-major with leading dimension m; entries below the diagonal are zero.</returns>
    public static double[] Factor(ScaledColumns a)
    {
        var m = a.Count;
        var blocks = (a.Rows + BlockRows - 1) / BlockRows;
        var partial = new double[blocks][];
        Parallel.For(
            0,
            blocks,
            b =>
            {
                var start = b * BlockRows;
                partial[b] = FactorBlock(a, start, Math.Min(BlockRows, a.Rows - start));
            }
        );

        var r = partial[0];
        var stacked = new double[m * m];
        for (var b = 1; b < blocks; b++)
        {
            partial[b].CopyTo(stacked, 0);
            Annihilate(r, stacked, m, m, m);
        }

        return r;
    }

    private static double[] FactorBlock(ScaledColumns a, int start, int count)
    {
        var m = a.Count;
        var r = new double[m * m];
        var chunk = new double[ChunkRows * m];
        var workspace = new double[PanelWidth * (PanelWidth + m)];
        var granularity = 2 * Vector<double>.Count;
        for (var offset = 0; offset < count; offset += ChunkRows)
        {
            var rows = Math.Min(ChunkRows, count - offset);
            var padded = (rows + granularity - 1) / granularity * granularity;
            if (padded != rows)
            {
                chunk.AsSpan().Clear();
            }

            a.CopyScaled(start + offset, rows, chunk, ChunkRows);
            AnnihilateBlocked(r, chunk, ChunkRows, padded, m, workspace);
        }

        return r;
    }

    /// <summary>
    /// Re-triangularizes [R; B]: applies m Householder reflectors that zero B (rows × m, leading dimension
    /// <paramref name="ld"/>) into the upper triangular <paramref name="r"/>. B is overwritten.
    /// </summary>
    /// <param name="r">Upper triangular m×m factor, updated in place.</param>
    /// <param name="b">Dense block below R, column-major.</param>
    /// <param name="ld">Leading dimension of <paramref name="b"/>.</param>
    /// <param name="rows">Rows of <paramref name="b"/> in use.</param>
    /// <param name="m">Order of R.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Annihilate(double[] r, Span<double> b, int ld, int rows, int m)
    {
        for (var k = 0; k < m; k++)
        {
            if (MakeReflector(r, b.Slice(k * ld, rows), m, k) is { } tau)
            {
                ApplyReflector(r, b, ld, rows, m, k, tau);
            }
        }
    }

    /// <summary>
    /// Turns column k of [R; B] into a Householder reflector: R[k,k] becomes β, the tail <paramref name="v"/> is scaled to the
    /// reflector's vector (implicit leading 1), and τ is returned; <see langword="null"/> when the tail is already zero.
    /// </summary>
    private static double? MakeReflector(double[] r, Span<double> v, int m, int k)
    {
        var tailNorm2 = Dot(v, v);
        if (tailNorm2 == 0.0)
        {
            return null;
        }

        var alpha = r[k + k * m];
        var beta = -Math.CopySign(Math.Sqrt(alpha * alpha + tailNorm2), alpha);
        Scale(v, 1.0 / (alpha - beta));
        r[k + k * m] = beta;
        return (beta - alpha) / beta;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ApplyReflector(double[] r, Span<double> b, int ld, int rows, int m, int k, double tau)
    {
        var v = b.Slice(k * ld, rows);
        var j = k + 1;
        for (; j + 3 < m; j += 4)
        {
            var c0 = b.Slice(j * ld, rows);
            var c1 = b.Slice((j + 1) * ld, rows);
            var c2 = b.Slice((j + 2) * ld, rows);
            var c3 = b.Slice((j + 3) * ld, rows);
            Dot4(v, c0, c1, c2, c3, out var d0, out var d1, out var d2, out var d3);
            var t0 = tau * (r[k + j * m] + d0);
            var t1 = tau * (r[k + (j + 1) * m] + d1);
            var t2 = tau * (r[k + (j + 2) * m] + d2);
            var t3 = tau * (r[k + (j + 3) * m] + d3);
            r[k + j * m] -= t0;
            r[k + (j + 1) * m] -= t1;
            r[k + (j + 2) * m] -= t2;
            r[k + (j + 3) * m] -= t3;
            Axpy4(v, -t0, -t1, -t2, -t3, c0, c1, c2, c3);
        }

        for (; j < m; j++)
        {
            var c = b.Slice(j * ld, rows);
            var t = tau * (r[k + j * m] + Dot(v, c));
            r[k + j * m] -= t;
            Axpy(-t, v, c);
        }
    }
}
