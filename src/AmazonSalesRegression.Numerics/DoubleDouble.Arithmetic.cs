using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

public readonly partial struct DoubleDouble
{
    /// <summary>Double-word addition (Joldes–Muller–Popescu Algorithm 6, relative error ≤ 3u²).</summary>
    /// <param name="x">First addend.</param>
    /// <param name="y">Second addend.</param>
    /// <returns>x + y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator +(DoubleDouble x, DoubleDouble y)
    {
        ErrorFreeTransforms.TwoSum(x.Hi, y.Hi, out var sh, out var sl);
        ErrorFreeTransforms.TwoSum(x.Lo, y.Lo, out var th, out var tl);
        ErrorFreeTransforms.FastTwoSum(sh, sl + th, out var vh, out var vl);
        ErrorFreeTransforms.FastTwoSum(vh, tl + vl, out var zh, out var zl);
        return new DoubleDouble(zh, zl, normalized: true);
    }

    /// <summary>Double-word plus double (Algorithm 4, relative error ≤ 2u²).</summary>
    /// <param name="x">Double-word addend.</param>
    /// <param name="y">Double addend.</param>
    /// <returns>x + y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator +(DoubleDouble x, double y)
    {
        ErrorFreeTransforms.TwoSum(x.Hi, y, out var sh, out var sl);
        ErrorFreeTransforms.FastTwoSum(sh, x.Lo + sl, out var zh, out var zl);
        return new DoubleDouble(zh, zl, normalized: true);
    }

    /// <summary>Negation (exact).</summary>
    /// <param name="x">The operand.</param>
    /// <returns>−x.</returns>
    public static DoubleDouble operator -(DoubleDouble x) => new(-x.Hi, -x.Lo, normalized: true);

    /// <summary>Double-word subtraction.</summary>
    /// <param name="x">Minuend.</param>
    /// <param name="y">Subtrahend.</param>
    /// <returns>x − y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator -(DoubleDouble x, DoubleDouble y) => x + (-y);

    /// <summary>Double-word minus double.</summary>
    /// <param name="x">Minuend.</param>
    /// <param name="y">Subtrahend.</param>
    /// <returns>x − y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator -(DoubleDouble x, double y) => x + (-y);

    /// <summary>Double-word multiplication with fused multiply-adds (Algorithm 12, relative error ≤ 4u²).</summary>
    /// <param name="x">First factor.</param>
    /// <param name="y">Second factor.</param>
    /// <returns>x·y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator *(DoubleDouble x, DoubleDouble y)
    {
        ErrorFreeTransforms.TwoProduct(x.Hi, y.Hi, out var ch, out var cl1);
        var tl1 = Math.FusedMultiplyAdd(x.Hi, y.Lo, x.Lo * y.Lo);
        var cl2 = Math.FusedMultiplyAdd(x.Lo, y.Hi, tl1);
        ErrorFreeTransforms.FastTwoSum(ch, cl1 + cl2, out var zh, out var zl);
        return new DoubleDouble(zh, zl, normalized: true);
    }

    /// <summary>Double-word times double with a fused multiply-add (Algorithm 9, relative error ≤ 2u²).</summary>
    /// <param name="x">Double-word factor.</param>
    /// <param name="y">Double factor.</param>
    /// <returns>x·y.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator *(DoubleDouble x, double y)
    {
        ErrorFreeTransforms.TwoProduct(x.Hi, y, out var ch, out var cl1);
        var cl3 = Math.FusedMultiplyAdd(x.Lo, y, cl1);
        ErrorFreeTransforms.FastTwoSum(ch, cl3, out var zh, out var zl);
        return new DoubleDouble(zh, zl, normalized: true);
    }

    /// <summary>Double-word division (Algorithm 17, relative error ≤ 15u²).</summary>
    /// <param name="x">Dividend.</param>
    /// <param name="y">Divisor.</param>
    /// <returns>x / y.</returns>
    public static DoubleDouble operator /(DoubleDouble x, DoubleDouble y)
    {
        var th = x.Hi / y.Hi;
        var r = y * th;
        var piH = x.Hi - r.Hi;
        var deltaL = x.Lo - r.Lo;
        var tl = (piH + deltaL) / y.Hi;
        ErrorFreeTransforms.FastTwoSum(th, tl, out var zh, out var zl);
        return double.IsFinite(zh) ? new DoubleDouble(zh, zl, normalized: true) : new DoubleDouble(th, 0.0, normalized: true);
    }

    /// <summary>Whether x is less than y.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>x &lt; y.</returns>
    public static bool operator <(DoubleDouble x, DoubleDouble y) => x.Hi < y.Hi || (x.Hi == y.Hi && x.Lo < y.Lo);

    /// <summary>Whether x is greater than y.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>x &gt; y.</returns>
    public static bool operator >(DoubleDouble x, DoubleDouble y) => y < x;

    /// <summary>Whether x is at most y.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>x ≤ y.</returns>
    public static bool operator <=(DoubleDouble x, DoubleDouble y) => !(y < x);

    /// <summary>Whether x is at least y.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>x ≥ y.</returns>
    public static bool operator >=(DoubleDouble x, DoubleDouble y) => !(x < y);

    /// <summary>Exact equality of both parts.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(DoubleDouble x, DoubleDouble y) => x.Equals(y);

    /// <summary>Inequality of values.</summary>
    /// <param name="x">Left operand.</param>
    /// <param name="y">Right operand.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(DoubleDouble x, DoubleDouble y) => !x.Equals(y);

    /// <summary>Absolute value (exact).</summary>
    /// <param name="x">The operand.</param>
    /// <returns>|x|.</returns>
    public static DoubleDouble Abs(DoubleDouble x) => x.Hi < 0.0 ? -x : x;

    /// <summary>
    /// Square root by one Newton (Karp–Markstein) correction of the double square root of <see cref="Hi"/>,
    /// with the residual x − s² formed exactly; relative error a small multiple of u².
    /// </summary>
    /// <param name="x">A non-negative operand.</param>
    /// <returns>√x; NaN for negative x.</returns>
    // References: A. H. Karp, P. Markstein, "High-precision division and square root",
    //   ACM Trans. Math. Softw. 23(4) (1997) 561-589.
    public static DoubleDouble Sqrt(DoubleDouble x)
    {
        if (x.Hi <= 0.0)
        {
            return x.Hi == 0.0 ? Zero : new DoubleDouble(double.NaN, 0.0, normalized: true);
        }

        var s = Math.Sqrt(x.Hi);
        ErrorFreeTransforms.TwoProduct(s, s, out var p, out var e);
        var correction = (((x.Hi - p) - e) + x.Lo) / (2.0 * s);
        ErrorFreeTransforms.FastTwoSum(s, correction, out var zh, out var zl);
        return new DoubleDouble(zh, zl, normalized: true);
    }

    /// <summary>Multiplies by a power of two exactly (both parts scaled).</summary>
    /// <param name="x">The operand.</param>
    /// <param name="exponent">The power of two.</param>
    /// <returns>x·2^exponent.</returns>
    public static DoubleDouble ScaleB(DoubleDouble x, int exponent) =>
        new(Math.ScaleB(x.Hi, exponent), Math.ScaleB(x.Lo, exponent), normalized: true);
}
