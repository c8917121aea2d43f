using System.Numerics;
using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

public static partial class TallSkinnyQr
{
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
                Vector<double> s00 = default,
                    s01 = default,
                    s02 = default,
                    s03 = default;
                Vector<double> s10 = default,
                    s11 = default,
                    s12 = default,
                    s13 = default;
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
