using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// A column-major matrix given as separate columns, each multiplied by an exact power of two
/// (column equilibration without rounding error). A column may carry a trailing part so that its
/// entries are double-double values <c>(hi + lo)·2^e</c>; the double kernels read only the leading parts.
/// </summary>
/// <remarks>
/// The last column is conventionally the response when the matrix is the augmented
/// least-squares matrix [X y]; the type itself does not care.
/// </remarks>
public sealed class ScaledColumns
{
    private readonly ReadOnlyMemory<double>[] _hi;
    private readonly ReadOnlyMemory<double>[] _lo;
    private readonly double[] _factors;

    /// <summary>Wraps columns (not copied) with their power-of-two exponents.</summary>
    /// <param name="hi">Leading parts, all of length <paramref name="rows"/>.</param>
    /// <param name="lo">Trailing parts per column; an empty memory means zero.</param>
    /// <param name="exponents">Column j is multiplied by 2^exponents[j].</param>
    /// <param name="rows">Number of rows.</param>
    public ScaledColumns(ReadOnlyMemory<double>[] hi, ReadOnlyMemory<double>[] lo, int[] exponents, int rows)
    {
        _hi = hi;
        _lo = lo;
        Exponents = exponents;
        Rows = rows;
        _factors = exponents.Select(e => Math.ScaleB(1.0, e)).ToArray();
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Count => _hi.Length;

    /// <summary>Column j is stored multiplied by 2^Exponents[j].</summary>
    public int[] Exponents { get; }

    /// <summary>Whether any column has a non-empty trailing part.</summary>
    public bool HasTrailingParts => _lo.Any(l => !l.IsEmpty);

    /// <summary>The unscaled leading part of column j.</summary>
    /// <param name="j">Column index.</param>
    /// <returns>The column as given by the caller.</returns>
    public ReadOnlySpan<double> Leading(int j) => _hi[j].Span;

    /// <summary>The unscaled trailing part of column j (empty when the column is a plain double column).</summary>
    /// <param name="j">Column index.</param>
    /// <returns>The trailing part as given by the caller.</returns>
    public ReadOnlySpan<double> Trailing(int j) => _lo[j].Span;

    /// <summary>The scale factor 2^Exponents[j].</summary>
    /// <param name="j">Column index.</param>
    /// <returns>The exact power of two.</returns>
    public double Factor(int j) => _factors[j];

    /// <summary>Copies rows [start, start+count) of every scaled leading column into a column-major buffer.</summary>
    /// <param name="start">First row.</param>
    /// <param name="count">Number of rows.</param>
    /// <param name="buffer">Destination with leading dimension <paramref name="ld"/>.</param>
    /// <param name="ld">Leading dimension (≥ count).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyScaled(int start, int count, Span<double> buffer, int ld)
    {
        for (var j = 0; j < _hi.Length; j++)
        {
            var source = _hi[j].Span.Slice(start, count);
            var target = buffer.Slice(j * ld, count);
            var factor = _factors[j];
            var sourceVectors = MemoryMarshal.Cast<double, Vector<double>>(source);
            var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
            for (var i = 0; i < sourceVectors.Length; i++)
            {
                targetVectors[i] = sourceVectors[i] * factor;
            }

            for (var i = sourceVectors.Length * Vector<double>.Count; i < count; i++)
            {
                target[i] = source[i] * factor;
            }
        }
    }

    /// <summary>Copies rows [start, start+count) of every scaled column, with trailing parts, as double-doubles.</summary>
    /// <param name="start">First row.</param>
    /// <param name="count">Number of rows.</param>
    /// <param name="buffer">Destination with leading dimension <paramref name="ld"/>.</param>
    /// <param name="ld">Leading dimension (≥ count).</param>
    public void CopyScaled(int start, int count, Span<DoubleDouble> buffer, int ld)
    {
        for (var j = 0; j < _hi.Length; j++)
        {
            var hi = _hi[j].Span.Slice(start, count);
            var lo = _lo[j].IsEmpty ? ReadOnlySpan<double>.Empty : _lo[j].Span.Slice(start, count);
            var target = buffer.Slice(j * ld, count);
            var exponent = Exponents[j];
            for (var i = 0; i < count; i++)
            {
                var value = lo.IsEmpty ? hi[i] : new DoubleDouble(hi[i], lo[i]);
                target[i] = DoubleDouble.ScaleB(value, exponent);
            }
        }
    }
}
