using System.Numerics;
using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

internal static partial class TallSkinnyQr
{
    /// <summary>Reflectors applied together as one compact-WY block.</summary>
    internal const int PanelWidth = 8;

    /// <summary>
    /// Blocked version of <see cref="Annihilate"/> for a chunk whose row count is padded with zeros to a multiple
    /// of 2·Vector&lt;double&gt;.Count: panels of <see cref="PanelWidth"/> reflectors are generated column by
    /// column, gathered into the compact WY form I − V·T·Vᵀ, and applied to the trailing columns by two
    /// register-blocked matrix products (Vᵀ·B, then B − V·W).
    /// </summary>
    /// <param name="r">Upper triangular m×m factor, updated in place.</param>
    /// <param name="b">Chunk below R, column-major; rows beyond <paramref name="rows"/> up to the padding are zero.</param>
    /// <param name="ld">Leading dimension of <paramref name="b"/>.</param>
    /// <param name="rows">Padded row count (a multiple of 2·Vector&lt;double&gt;.Count, at most ld).</param>
    /// <param name="m">Order of R.</param>
    /// <param name="workspace">At least PanelWidth·(PanelWidth + m) doubles.</param>
    // References:
    //   R. Schreiber, C. Van Loan, "A storage-efficient WY representation for products of Householder
    //     transformations", SIAM J. Sci. Stat. Comput. 10(1) (1989) 53-57 (compact WY, LAPACK dlarft/dlarfb).
    //   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.1.7, §5.2.3 (block Householder QR).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AnnihilateBlocked(double[] r, Span<double> b, int ld, int rows, int m, Span<double> workspace)
    {
        var t = workspace[..(PanelWidth * PanelWidth)];
        var w = workspace[(PanelWidth * PanelWidth)..];
        for (var k0 = 0; k0 < m; k0 += PanelWidth)
        {
            var nb = Math.Min(PanelWidth, m - k0);
            t.Clear();
            for (var k = k0; k < k0 + nb; k++)
            {
                var v = b.Slice(k * ld, rows);
                var tailNorm2 = Dot(v, v);
                if (tailNorm2 == 0.0)
                {
                    continue;
                }

                var alpha = r[k + k * m];
                var beta = -Math.CopySign(Math.Sqrt(alpha * alpha + tailNorm2), alpha);
                var tau = (beta - alpha) / beta;
                Scale(v, 1.0 / (alpha - beta));
                r[k + k * m] = beta;
                for (var j = k + 1; j < k0 + nb; j++)
                {
                    var c = b.Slice(j * ld, rows);
                    var s = tau * (r[k + j * m] + Dot(v, c));
                    r[k + j * m] -= s;
                    Axpy(-s, v, c);
                }

                AppendToT(t, b, ld, rows, k0, k - k0, tau);
            }

            var j0 = k0 + nb;
            var width = m - j0;
            if (width == 0)
            {
                return;
            }

            ProductTransposed(b, ld, rows, k0, nb, j0, width, w);
            for (var c = 0; c < width; c++)
            {
                for (var a = 0; a < nb; a++)
                {
                    w[a + c * PanelWidth] += r[k0 + a + (j0 + c) * m];
                }

                for (var a = nb - 1; a >= 0; a--)
                {
                    var s = 0.0;
                    for (var e = 0; e <= a; e++)
                    {
                        s += t[e + a * PanelWidth] * w[e + c * PanelWidth];
                    }

                    w[a + c * PanelWidth] = s;
                }

                for (var a = 0; a < nb; a++)
                {
                    r[k0 + a + (j0 + c) * m] -= w[a + c * PanelWidth];
                }
            }

            SubtractProduct(b, ld, rows, k0, nb, j0, width, w);
        }
    }

    /// <summary>Adds reflector i of the panel to T (LAPACK dlarft, forward, columnwise): T[0:i, i] = −τ·T[0:i, 0:i]·(Vᵀvᵢ).</summary>
    private static void AppendToT(Span<double> t, Span<double> b, int ld, int rows, int k0, int i, double tau)
    {
        var vi = b.Slice((k0 + i) * ld, rows);
        Span<double> s = stackalloc double[PanelWidth];
        for (var a = 0; a < i; a++)
        {
            s[a] = Dot(b.Slice((k0 + a) * ld, rows), vi);
        }

        for (var a = 0; a < i; a++)
        {
            var sum = 0.0;
            for (var e = a; e < i; e++)
            {
                sum += t[a + e * PanelWidth] * s[e];
            }

            t[a + i * PanelWidth] = -tau * sum;
        }

        t[i + i * PanelWidth] = tau;
    }

    /// <summary>w[a + c·PanelWidth] = Σᵢ B[i, k0 + a]·B[i, j0 + c] with 2×4 register blocking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ProductTransposed(Span<double> b, int ld, int rows, int k0, int nb, int j0, int width, Span<double> w)
    {
        ref var origin = ref b[0];
        var step = Vector<double>.Count;
        var c = 0;
        for (; c + 3 < width; c += 4)
        {
            var a = 0;
            for (; a + 1 < nb; a += 2)
            {
                var va = (nuint)((k0 + a) * ld);
                var vb = va + (nuint)ld;
                var c0 = (nuint)((j0 + c) * ld);
                var c1 = c0 + (nuint)ld;
                var c2 = c1 + (nuint)ld;
                var c3 = c2 + (nuint)ld;
                Vector<double> s00 = default, s01 = default, s02 = default, s03 = default;
                Vector<double> s10 = default, s11 = default, s12 = default, s13 = default;
                for (nuint i = 0; i < (nuint)rows; i += (nuint)step)
                {
                    var x0 = Vector.LoadUnsafe(ref origin, va + i);
                    var x1 = Vector.LoadUnsafe(ref origin, vb + i);
                    var y0 = Vector.LoadUnsafe(ref origin, c0 + i);
                    var y1 = Vector.LoadUnsafe(ref origin, c1 + i);
                    var y2 = Vector.LoadUnsafe(ref origin, c2 + i);
                    var y3 = Vector.LoadUnsafe(ref origin, c3 + i);
                    s00 = Vector.FusedMultiplyAdd(x0, y0, s00);
                    s01 = Vector.FusedMultiplyAdd(x0, y1, s01);
                    s02 = Vector.FusedMultiplyAdd(x0, y2, s02);
                    s03 = Vector.FusedMultiplyAdd(x0, y3, s03);
                    s10 = Vector.FusedMultiplyAdd(x1, y0, s10);
                    s11 = Vector.FusedMultiplyAdd(x1, y1, s11);
                    s12 = Vector.FusedMultiplyAdd(x1, y2, s12);
                    s13 = Vector.FusedMultiplyAdd(x1, y3, s13);
                }

                w[a + c * PanelWidth] = Vector.Sum(s00);
                w[a + (c + 1) * PanelWidth] = Vector.Sum(s01);
                w[a + (c + 2) * PanelWidth] = Vector.Sum(s02);
                w[a + (c + 3) * PanelWidth] = Vector.Sum(s03);
                w[a + 1 + c * PanelWidth] = Vector.Sum(s10);
                w[a + 1 + (c + 1) * PanelWidth] = Vector.Sum(s11);
                w[a + 1 + (c + 2) * PanelWidth] = Vector.Sum(s12);
                w[a + 1 + (c + 3) * PanelWidth] = Vector.Sum(s13);
            }

            for (; a < nb; a++)
            {
                for (var e = c; e < c + 4; e++)
                {
                    w[a + e * PanelWidth] = Dot(b.Slice((k0 + a) * ld, rows), b.Slice((j0 + e) * ld, rows));
                }
            }
        }

        for (; c < width; c++)
        {
            for (var a = 0; a < nb; a++)
            {
                w[a + c * PanelWidth] = Dot(b.Slice((k0 + a) * ld, rows), b.Slice((j0 + c) * ld, rows));
            }
        }
    }

    /// <summary>B[:, j0 + c] −= Σₐ B[:, k0 + a]·w[a + c·PanelWidth], four columns and two row vectors at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SubtractProduct(Span<double> b, int ld, int rows, int k0, int nb, int j0, int width, Span<double> w)
    {
        ref var origin = ref b[0];
        var step = (nuint)Vector<double>.Count;
        var c = 0;
        for (; c + 3 < width; c += 4)
        {
            var c0 = (nuint)((j0 + c) * ld);
            var c1 = c0 + (nuint)ld;
            var c2 = c1 + (nuint)ld;
            var c3 = c2 + (nuint)ld;
            for (nuint i = 0; i < (nuint)rows; i += 2 * step)
            {
                var y00 = Vector.LoadUnsafe(ref origin, c0 + i);
                var y01 = Vector.LoadUnsafe(ref origin, c0 + i + step);
                var y10 = Vector.LoadUnsafe(ref origin, c1 + i);
                var y11 = Vector.LoadUnsafe(ref origin, c1 + i + step);
                var y20 = Vector.LoadUnsafe(ref origin, c2 + i);
                var y21 = Vector.LoadUnsafe(ref origin, c2 + i + step);
                var y30 = Vector.LoadUnsafe(ref origin, c3 + i);
                var y31 = Vector.LoadUnsafe(ref origin, c3 + i + step);
                for (var a = 0; a < nb; a++)
                {
                    var va = (nuint)((k0 + a) * ld);
                    var x0 = Vector.LoadUnsafe(ref origin, va + i);
                    var x1 = Vector.LoadUnsafe(ref origin, va + i + step);
                    var w0 = new Vector<double>(-w[a + c * PanelWidth]);
                    var w1 = new Vector<double>(-w[a + (c + 1) * PanelWidth]);
                    var w2 = new Vector<double>(-w[a + (c + 2) * PanelWidth]);
                    var w3 = new Vector<double>(-w[a + (c + 3) * PanelWidth]);
                    y00 = Vector.FusedMultiplyAdd(x0, w0, y00);
                    y01 = Vector.FusedMultiplyAdd(x1, w0, y01);
                    y10 = Vector.FusedMultiplyAdd(x0, w1, y10);
                    y11 = Vector.FusedMultiplyAdd(x1, w1, y11);
                    y20 = Vector.FusedMultiplyAdd(x0, w2, y20);
                    y21 = Vector.FusedMultiplyAdd(x1, w2, y21);
                    y30 = Vector.FusedMultiplyAdd(x0, w3, y30);
                    y31 = Vector.FusedMultiplyAdd(x1, w3, y31);
                }

                Vector.StoreUnsafe(y00, ref origin, c0 + i);
                Vector.StoreUnsafe(y01, ref origin, c0 + i + step);
                Vector.StoreUnsafe(y10, ref origin, c1 + i);
                Vector.StoreUnsafe(y11, ref origin, c1 + i + step);
                Vector.StoreUnsafe(y20, ref origin, c2 + i);
                Vector.StoreUnsafe(y21, ref origin, c2 + i + step);
                Vector.StoreUnsafe(y30, ref origin, c3 + i);
                Vector.StoreUnsafe(y31, ref origin, c3 + i + step);
            }
        }

        for (; c < width; c++)
        {
            var column = b.Slice((j0 + c) * ld, rows);
            for (var a = 0; a < nb; a++)
            {
                Axpy(-w[a + c * PanelWidth], b.Slice((k0 + a) * ld, rows), column);
            }
        }
    }
}
