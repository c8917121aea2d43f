using System.Globalization;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// A double-double ("double-word") number: the unevaluated sum <see cref="Hi"/> + <see cref="Lo"/> of two
/// doubles with |Lo| ≤ ulp(Hi)/2, giving about 106 significant bits (≈ 32 decimal digits) with the
/// exponent range of <see cref="double"/>. Used where ill-conditioned least-squares problems need more
/// precision than <see cref="double"/> provides (for example NIST's Filip polynomial).
/// </summary>
/// <remarks>
/// Arithmetic follows the double-word algorithms of Joldes, Muller and Popescu, whose relative errors are
/// bounded by a small multiple of u² with u = 2⁻⁵³. Values are always normalized.
/// </remarks>
// References:
//   T. J. Dekker, "A floating-point technique for extending the available precision",
//     Numerische Mathematik 18 (1971) 224-242.
//   Y. Hida, X. S. Li, D. H. Bailey, "Algorithms for quad-double precision floating point arithmetic",
//     ARITH-15 (2001) 155-162 (the QD library; double-double is its two-term case).
//   M. Joldes, J.-M. Muller, V. Popescu, "Tight and rigorous error bounds for basic building blocks of
//     double-word arithmetic", ACM Trans. Math. Softw. 44(2) (2017), Algorithms 4, 6, 9, 12, 17.
public readonly partial struct DoubleDouble : IEquatable<DoubleDouble>, IComparable<DoubleDouble>
{
    /// <summary>Creates the normalized double-double equal to <paramref name="hi"/> + <paramref name="lo"/> (rounded to 106 bits).</summary>
    /// <param name="hi">Leading part.</param>
    /// <param name="lo">Trailing part; any magnitude is accepted and renormalized.</param>
    public DoubleDouble(double hi, double lo)
    {
        ErrorFreeTransforms.TwoSum(hi, lo, out var s, out var e);
        Hi = s;
        Lo = e;
    }

    private DoubleDouble(double hi, double lo, bool normalized)
    {
        Hi = hi;
        Lo = lo;
    }

    /// <summary>The leading double, the value rounded to double precision.</summary>
    public double Hi { get; }

    /// <summary>The trailing double, the rounding error of <see cref="Hi"/>.</summary>
    public double Lo { get; }

    /// <summary>The double-double zero.</summary>
    public static DoubleDouble Zero => default;

    /// <summary>The double-double one.</summary>
    public static DoubleDouble One => new(1.0, 0.0, normalized: true);

    /// <summary>Whether both parts are finite.</summary>
    public bool IsFinite => double.IsFinite(Hi) && double.IsFinite(Lo);

    /// <summary>The exact product of two doubles as a double-double (Dekker's exact multiplication).</summary>
    /// <param name="a">First factor.</param>
    /// <param name="b">Second factor.</param>
    /// <returns>a·b without rounding error (unless the error underflows).</returns>
    public static DoubleDouble Product(double a, double b)
    {
        ErrorFreeTransforms.TwoProduct(a, b, out var p, out var e);
        return new DoubleDouble(p, e, normalized: true);
    }

    /// <summary>Converts a double exactly.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator DoubleDouble(double value) => new(value, 0.0, normalized: true);

    /// <summary>Rounds to the nearest double (Hi + Lo evaluated in double).</summary>
    /// <param name="value">The value.</param>
    public static explicit operator double(DoubleDouble value) => value.Hi + value.Lo;

    /// <summary>Rounds to the nearest double.</summary>
    /// <returns>The value as a <see cref="double"/>.</returns>
    public double ToDouble() => Hi + Lo;

    /// <inheritdoc />
    public bool Equals(DoubleDouble other) => Hi.Equals(other.Hi) && Lo.Equals(other.Lo);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DoubleDouble other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Hi, Lo);

    /// <inheritdoc />
    public int CompareTo(DoubleDouble other)
    {
        var byHi = Hi.CompareTo(other.Hi);
        return byHi != 0 ? byHi : Lo.CompareTo(other.Lo);
    }

    /// <summary>Formats as <c>hi + lo</c> with round-trip doubles in the invariant culture.</summary>
    /// <returns>The two parts, for example <c>0.1 + -5.551115123125783E-18</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hi:R} + {Lo:R}");
}
