using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// Residuals, cross products and sums of squares accumulated in double-double with SIMD error-free
/// transformations. Objective: values whose error is a small multiple of u² times the size of the terms,
/// so that the cancellation in y − Xb (residuals far smaller than y) costs no accuracy. O(n·p) work.
/// </summary>
/// <remarks>
/// Rows are processed in cache-sized chunks and in fixed blocks of <see cref="TallSkinnyQr.BlockRows"/> rows
/// in parallel; partial sums are combined in block order, so results do not depend on the thread count.
/// </remarks>
// References:
//   T. Ogita, S. M. Rump, S. Oishi, "Accurate sum and dot product", SIAM J. Sci. Comput. 26(6) (2005)
//     1955-1988 (Dot2: dot products as if computed in twice the working precision).
//   Å. Björck, "Iterative refinement of linear least squares solutions I", BIT 7 (1967) 257-278
//     (residuals in extended precision are what refinement needs).
public static class CompensatedSums
{
    private const int ChunkRows = 1024;

    /// <summary>r = y − Σⱼ bⱼ·xⱼ in double-double; xⱼ = hiⱼ + loⱼ (lo may be empty).</summary>
    /// <param name="y">Response.</param>
    /// <param name="hi">Leading parts of the columns.</param>
    /// <param name="lo">Trailing parts of the columns (empty memory for plain columns).</param>
    /// <param name="b">Coefficients, one per column.</param>
    /// <param name="residualHi">Receives the leading parts of r.</param>
    /// <param name="residualLo">Receives the trailing parts of r.</param>
    public static void Residual(
        ReadOnlyMemory<double> y,
        ReadOnlyMemory<double>[] hi,
        ReadOnlyMemory<double>[] lo,
        DoubleDouble[] b,
        double[] residualHi,
        double[] residualLo
    )
    {
        var n = y.Length;
        var blocks = (n + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        Parallel.For(
            0,
            blocks,
            block =>
            {
                var end = Math.Min(n, (block + 1) * TallSkinnyQr.BlockRows);
                for (var start = block * TallSkinnyQr.BlockRows; start < end; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, end - start);
                    var rh = residualHi.AsSpan(start, count);
                    var rl = residualLo.AsSpan(start, count);
                    y.Span.Slice(start, count).CopyTo(rh);
                    rl.Clear();
                    for (var j = 0; j < hi.Length; j++)
                    {
                        var x = hi[j].Span.Slice(start, count);
                        var xLo = lo[j].IsEmpty ? ReadOnlySpan<double>.Empty : lo[j].Span.Slice(start, count);
                        SubtractMultiple(rh, rl, x, xLo, b[j]);
                    }
                }
            }
        );
    }

    /// <summary>Xᵀr in double-double, for r = rHi + rLo; columns as in <see cref="Residual"/>.</summary>
    /// <param name="hi">Leading parts of the columns.</param>
    /// <param name="lo">Trailing parts of the columns (empty memory for plain columns).</param>
    /// <param name="residualHi">Leading parts of r.</param>
    /// <param name="residualLo">Trailing parts of r.</param>
    /// <returns>One inner product per column.</returns>
    public static DoubleDouble[] CrossProduct(
        ReadOnlyMemory<double>[] hi,
        ReadOnlyMemory<double>[] lo,
        double[] residualHi,
        double[] residualLo
    )
    {
        var n = residualHi.Length;
        var blocks = (n + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        var partial = new DoubleDouble[blocks][];
        Parallel.For(
            0,
            blocks,
            block =>
            {
                var start = block * TallSkinnyQr.BlockRows;
                var count = Math.Min(TallSkinnyQr.BlockRows, n - start);
                var sums = new DoubleDouble[hi.Length];
                for (var j = 0; j < hi.Length; j++)
                {
                    var xLo = lo[j].IsEmpty ? ReadOnlySpan<double>.Empty : lo[j].Span.Slice(start, count);
                    sums[j] = Dot(hi[j].Span.Slice(start, count), xLo, residualHi.AsSpan(start, count), residualLo.AsSpan(start, count));
                }

                partial[block] = sums;
            }
        );

        var total = new DoubleDouble[hi.Length];
        foreach (var sums in partial)
        {
            for (var j = 0; j < total.Length; j++)
            {
                total[j] += sums[j];
            }
        }

        return total;
    }

    /// <summary>Σ xᵢ² accumulated in double-double.</summary>
    /// <param name="x">The values.</param>
    /// <returns>The sum of squares.</returns>
    public static DoubleDouble SumOfSquares(ReadOnlySpan<double> x) => Dot(x, ReadOnlySpan<double>.Empty, x, ReadOnlySpan<double>.Empty);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SubtractMultiple(Span<double> rh, Span<double> rl, ReadOnlySpan<double> x, ReadOnlySpan<double> xLo, DoubleDouble b)
    {
        var rhv = MemoryMarshal.Cast<double, Vector<double>>(rh);
        var rlv = MemoryMarshal.Cast<double, Vector<double>>(rl);
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var xlv = MemoryMarshal.Cast<double, Vector<double>>(xLo);
        var bh = new Vector<double>(b.Hi);
        var bl = new Vector<double>(b.Lo);
        for (var i = 0; i < xv.Length; i++)
        {
            ErrorFreeTransforms.TwoProduct(xv[i], bh, out var ph, out var pe);
            pe = Vector.FusedMultiplyAdd(xv[i], bl, pe);
            if (!xLo.IsEmpty)
            {
                pe = Vector.FusedMultiplyAdd(xlv[i], bh, pe);
            }

            ErrorFreeTransforms.TwoSum(rhv[i], -ph, out var sh, out var se);
            se += rlv[i] - pe;
            var s = sh + se;
            rlv[i] = se - (s - sh);
            rhv[i] = s;
        }

        for (var i = xv.Length * Vector<double>.Count; i < x.Length; i++)
        {
            var term = DoubleDouble.Product(x[i], b.Hi) + (x[i] * b.Lo + (xLo.IsEmpty ? 0.0 : xLo[i] * b.Hi));
            var r = new DoubleDouble(rh[i], rl[i]) - term;
            rh[i] = r.Hi;
            rl[i] = r.Lo;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DoubleDouble Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> xLo, ReadOnlySpan<double> rh, ReadOnlySpan<double> rl)
    {
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var xlv = MemoryMarshal.Cast<double, Vector<double>>(xLo);
        var rhv = MemoryMarshal.Cast<double, Vector<double>>(rh);
        var rlv = MemoryMarshal.Cast<double, Vector<double>>(rl);
        var sumHi = Vector<double>.Zero;
        var sumLo = Vector<double>.Zero;
        for (var i = 0; i < xv.Length; i++)
        {
            ErrorFreeTransforms.TwoProduct(xv[i], rhv[i], out var ph, out var pe);
            if (!rl.IsEmpty)
            {
                pe = Vector.FusedMultiplyAdd(xv[i], rlv[i], pe);
            }

            if (!xLo.IsEmpty)
            {
                pe = Vector.FusedMultiplyAdd(xlv[i], rhv[i], pe);
            }

            ErrorFreeTransforms.TwoSum(sumHi, ph, out sumHi, out var e);
            sumLo += e + pe;
        }

        var total = DoubleDouble.Zero;
        for (var lane = 0; lane < Vector<double>.Count; lane++)
        {
            total += new DoubleDouble(sumHi[lane], sumLo[lane]);
        }

        for (var i = xv.Length * Vector<double>.Count; i < x.Length; i++)
        {
            var r = rl.IsEmpty ? (DoubleDouble)rh[i] : new DoubleDouble(rh[i], rl[i]);
            total += r * x[i] + (xLo.IsEmpty ? 0.0 : xLo[i] * rh[i]);
        }

        return total;
    }
}
