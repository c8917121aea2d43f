using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// The rows of the thin orthogonal factor Q₁ = X·R⁻¹ of a least-squares fit, generated chunk by chunk without
/// storing Q₁ and without forming the n×n hat matrix. Objective: leverages hᵢ = ‖qᵢ‖² (the hat diagonal) and
/// weighted cross products Σ ωᵢ qᵢqᵢᵀ (the "meat" of sandwich covariances) in O(n·r²) work.
/// </summary>
/// <remarks>
/// In extended mode every qᵢ is formed in double-double from the double-double R⁻¹ (and the trailing parts of
/// the columns), so that the cancellation in X·R⁻¹ for ill-conditioned designs does not spoil the result.
/// </remarks>
// References:
//   D. C. Hoaglin, R. E. Welsch, "The hat matrix in regression and ANOVA", Amer. Statist. 32(1) (1978) 17-22.
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.3.3 (Q₁ = A·R⁻¹ spans ran(A)).
public sealed class ThinQRows
{
    private const int ChunkRows = 512;
    private readonly ReadOnlyMemory<double>[] _hi;
    private readonly ReadOnlyMemory<double>[] _lo;
    private readonly DoubleDouble[] _scaledInverse;
    private readonly bool _extended;

    /// <summary>Prepares the generator.</summary>
    /// <param name="hi">Leading parts of the kept columns (unscaled).</param>
    /// <param name="lo">Trailing parts of the kept columns (empty for plain columns).</param>
    /// <param name="scaledInverse">S·R⁻¹ (r×r, column-major, upper triangular) with S the column scale factors, so that Q₁ = X·S·R⁻¹.</param>
    /// <param name="extended">Whether to form the rows in double-double.</param>
    public ThinQRows(ReadOnlyMemory<double>[] hi, ReadOnlyMemory<double>[] lo, DoubleDouble[] scaledInverse, bool extended)
    {
        _hi = hi;
        _lo = lo;
        _scaledInverse = scaledInverse;
        _extended = extended;
    }

    private int Rank => _hi.Length;

    private int Rows => _hi.Length == 0 ? 0 : _hi[0].Length;

    /// <summary>Leverages hᵢ = ‖qᵢ‖², the diagonal of the hat matrix.</summary>
    /// <returns>One leverage per row.</returns>
    public double[] Leverage()
    {
        var h = new double[Rows];
        ForEachBlock(
            (start, count, q) =>
            {
                var target = h.AsSpan(start, count);
                for (var k = 0; k < Rank; k++)
                {
                    var column = q.AsSpan(k * ChunkRows, count);
                    for (var i = 0; i < count; i++)
                    {
                        target[i] += column[i] * column[i];
                    }
                }
            }
        );
        return h;
    }

    /// <summary>Σᵢ ωᵢ qᵢqᵢᵀ (r×r, column-major, symmetric), accumulated per fixed block and summed in block order.</summary>
    /// <param name="weights">One weight ωᵢ per row.</param>
    /// <returns>The weighted cross-product matrix.</returns>
    public double[] WeightedCrossProduct(double[] weights)
    {
        var r = Rank;
        var blocks = (Rows + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        var partial = new double[blocks][];
        Parallel.For(
            0,
            blocks,
            block =>
            {
                var sum = new double[r * r];
                var buffer = new double[ChunkRows * r];
                var weighted = new double[ChunkRows];
                var end = Math.Min(Rows, (block + 1) * TallSkinnyQr.BlockRows);
                for (var start = block * TallSkinnyQr.BlockRows; start < end; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, end - start);
                    Fill(start, count, buffer);
                    for (var a = 0; a < r; a++)
                    {
                        var qa = buffer.AsSpan(a * ChunkRows, count);
                        for (var i = 0; i < count; i++)
                        {
                            weighted[i] = weights[start + i] * qa[i];
                        }

                        for (var c = a; c < r; c++)
                        {
                            sum[a + c * r] += TallSkinnyQr.Dot(weighted.AsSpan(0, count), buffer.AsSpan(c * ChunkRows, count));
                        }
                    }
                }

                partial[block] = sum;
            }
        );

        var total = new double[r * r];
        foreach (var sum in partial)
        {
            for (var a = 0; a < r; a++)
            {
                for (var c = a; c < r; c++)
                {
                    total[a + c * r] += sum[a + c * r];
                    total[c + a * r] = total[a + c * r];
                }
            }
        }

        return total;
    }

    /// <summary>
    /// Per-group score sums s_g = Σ_{i∈g} eᵢ qᵢ (the rows of Q₁ weighted by the residuals and summed within each
    /// group), the ingredients of the cluster-robust "meat" Σ_g s_g s_gᵀ. Partial sums are accumulated per fixed
    /// block and added in block order, so the result does not depend on the thread schedule.
    /// </summary>
    /// <param name="residuals">One residual eᵢ per row.</param>
    /// <param name="group">The 0-based group index of every row.</param>
    /// <param name="groupCount">Number of groups G.</param>
    /// <returns>G×r values, row-major: entry g·r + k is the k-th component of s_g.</returns>
    public double[] GroupedScoreSums(ReadOnlySpan<double> residuals, int[] group, int groupCount)
    {
        var r = Rank;
        var e = residuals.ToArray();
        var blocks = (Rows + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        var partial = new double[blocks][];
        Parallel.For(
            0,
            blocks,
            block =>
            {
                var sums = new double[groupCount * r];
                var buffer = new double[ChunkRows * r];
                var end = Math.Min(Rows, (block + 1) * TallSkinnyQr.BlockRows);
                for (var start = block * TallSkinnyQr.BlockRows; start < end; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, end - start);
                    Fill(start, count, buffer);
                    for (var k = 0; k < r; k++)
                    {
                        var column = buffer.AsSpan(k * ChunkRows, count);
                        for (var i = 0; i < count; i++)
                        {
                            sums[(group[start + i] * r) + k] += e[start + i] * column[i];
                        }
                    }
                }

                partial[block] = sums;
            }
        );

        var total = new double[groupCount * r];
        foreach (var sums in partial)
        {
            for (var j = 0; j < total.Length; j++)
            {
                total[j] += sums[j];
            }
        }

        return total;
    }

    private void ForEachBlock(Action<int, int, double[]> consume)
    {
        var blocks = (Rows + TallSkinnyQr.BlockRows - 1) / TallSkinnyQr.BlockRows;
        Parallel.For(
            0,
            blocks,
            block =>
            {
                var buffer = new double[ChunkRows * Rank];
                var end = Math.Min(Rows, (block + 1) * TallSkinnyQr.BlockRows);
                for (var start = block * TallSkinnyQr.BlockRows; start < end; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, end - start);
                    Fill(start, count, buffer);
                    consume(start, count, buffer);
                }
            }
        );
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(int start, int count, double[] buffer)
    {
        if (_extended)
        {
            FillExtended(start, count, buffer);
            return;
        }

        var r = Rank;
        for (var k = 0; k < r; k++)
        {
            var q = buffer.AsSpan(k * ChunkRows, count);
            q.Clear();
            var qv = MemoryMarshal.Cast<double, Vector<double>>(q);
            for (var j = 0; j <= k; j++)
            {
                var a = _scaledInverse[j + k * r].Hi;
                var x = _hi[j].Span.Slice(start, count);
                var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
                var av = new Vector<double>(a);
                for (var i = 0; i < xv.Length; i++)
                {
                    qv[i] = Vector.FusedMultiplyAdd(av, xv[i], qv[i]);
                }

                for (var i = xv.Length * Vector<double>.Count; i < count; i++)
                {
                    q[i] = Math.FusedMultiplyAdd(a, x[i], q[i]);
                }
            }
        }
    }

    private void FillExtended(int start, int count, double[] buffer)
    {
        var r = Rank;
        var row = new DoubleDouble[r];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < r; j++)
            {
                var lo = _lo[j];
                var hi = _hi[j].Span[start + i];
                row[j] = lo.IsEmpty ? hi : new DoubleDouble(hi, lo.Span[start + i]);
            }

            for (var k = 0; k < r; k++)
            {
                var s = DoubleDouble.Zero;
                for (var j = 0; j <= k; j++)
                {
                    s += row[j] * _scaledInverse[j + k * r];
                }

                buffer[i + k * ChunkRows] = s.ToDouble();
            }
        }
    }
}
