using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

public static partial class TallSkinnyQr
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
                if (MakeReflector(r, v, m, k) is not { } tau)
                {
                    continue;
                }

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
}
