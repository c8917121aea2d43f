using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AmazonSalesRegression.Numerics;

public static partial class TallSkinnyQr
{
    /// <summary>The dot product xᵀy of two vectors of equal length, in SIMD lanes (the summation order is fixed by the lane width).</summary>
    /// <param name="x">First vector.</param>
    /// <param name="y">Second vector, as long as <paramref name="x"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var yv = MemoryMarshal.Cast<double, Vector<double>>(y);
        var s0 = Vector<double>.Zero;
        var s1 = Vector<double>.Zero;
        var i = 0;
        for (; i + 1 < xv.Length; i += 2)
        {
            s0 = Vector.FusedMultiplyAdd(xv[i], yv[i], s0);
            s1 = Vector.FusedMultiplyAdd(xv[i + 1], yv[i + 1], s1);
        }

        if (i < xv.Length)
        {
            s0 = Vector.FusedMultiplyAdd(xv[i], yv[i], s0);
        }

        var sum = Vector.Sum(s0 + s1);
        for (var t = xv.Length * Vector<double>.Count; t < x.Length; t++)
        {
            sum = Math.FusedMultiplyAdd(x[t], y[t], sum);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scale(Span<double> x, double factor)
    {
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        for (var i = 0; i < xv.Length; i++)
        {
            xv[i] *= factor;
        }

        for (var t = xv.Length * Vector<double>.Count; t < x.Length; t++)
        {
            x[t] *= factor;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        var xv = MemoryMarshal.Cast<double, Vector<double>>(x);
        var yv = MemoryMarshal.Cast<double, Vector<double>>(y);
        var av = new Vector<double>(a);
        for (var i = 0; i < xv.Length; i++)
        {
            yv[i] = Vector.FusedMultiplyAdd(av, xv[i], yv[i]);
        }

        for (var t = xv.Length * Vector<double>.Count; t < x.Length; t++)
        {
            y[t] = Math.FusedMultiplyAdd(a, x[t], y[t]);
        }
    }

    private static void Dot4(
        ReadOnlySpan<double> v,
        ReadOnlySpan<double> c0,
        ReadOnlySpan<double> c1,
        ReadOnlySpan<double> c2,
        ReadOnlySpan<double> c3,
        out double d0,
        out double d1,
        out double d2,
        out double d3
    )
    {
        var vv = MemoryMarshal.Cast<double, Vector<double>>(v);
        var v0 = MemoryMarshal.Cast<double, Vector<double>>(c0);
        var v1 = MemoryMarshal.Cast<double, Vector<double>>(c1);
        var v2 = MemoryMarshal.Cast<double, Vector<double>>(c2);
        var v3 = MemoryMarshal.Cast<double, Vector<double>>(c3);
        Vector<double> s0 = default,
            s1 = default,
            s2 = default,
            s3 = default;
        for (var i = 0; i < vv.Length; i++)
        {
            var x = vv[i];
            s0 = Vector.FusedMultiplyAdd(x, v0[i], s0);
            s1 = Vector.FusedMultiplyAdd(x, v1[i], s1);
            s2 = Vector.FusedMultiplyAdd(x, v2[i], s2);
            s3 = Vector.FusedMultiplyAdd(x, v3[i], s3);
        }

        d0 = Vector.Sum(s0);
        d1 = Vector.Sum(s1);
        d2 = Vector.Sum(s2);
        d3 = Vector.Sum(s3);
        for (var t = vv.Length * Vector<double>.Count; t < v.Length; t++)
        {
            d0 = Math.FusedMultiplyAdd(v[t], c0[t], d0);
            d1 = Math.FusedMultiplyAdd(v[t], c1[t], d1);
            d2 = Math.FusedMultiplyAdd(v[t], c2[t], d2);
            d3 = Math.FusedMultiplyAdd(v[t], c3[t], d3);
        }
    }

    private static void Axpy4(
        ReadOnlySpan<double> v,
        double a0,
        double a1,
        double a2,
        double a3,
        Span<double> c0,
        Span<double> c1,
        Span<double> c2,
        Span<double> c3
    )
    {
        var vv = MemoryMarshal.Cast<double, Vector<double>>(v);
        var v0 = MemoryMarshal.Cast<double, Vector<double>>(c0);
        var v1 = MemoryMarshal.Cast<double, Vector<double>>(c1);
        var v2 = MemoryMarshal.Cast<double, Vector<double>>(c2);
        var v3 = MemoryMarshal.Cast<double, Vector<double>>(c3);
        var b0 = new Vector<double>(a0);
        var b1 = new Vector<double>(a1);
        var b2 = new Vector<double>(a2);
        var b3 = new Vector<double>(a3);
        for (var i = 0; i < vv.Length; i++)
        {
            var x = vv[i];
            v0[i] = Vector.FusedMultiplyAdd(b0, x, v0[i]);
            v1[i] = Vector.FusedMultiplyAdd(b1, x, v1[i]);
            v2[i] = Vector.FusedMultiplyAdd(b2, x, v2[i]);
            v3[i] = Vector.FusedMultiplyAdd(b3, x, v3[i]);
        }

        for (var t = vv.Length * Vector<double>.Count; t < v.Length; t++)
        {
            c0[t] = Math.FusedMultiplyAdd(a0, v[t], c0[t]);
            c1[t] = Math.FusedMultiplyAdd(a1, v[t], c1[t]);
            c2[t] = Math.FusedMultiplyAdd(a2, v[t], c2[t]);
            c3[t] = Math.FusedMultiplyAdd(a3, v[t], c3[t]);
        }
    }
}
