using System.Numerics;
using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Numerics;

/// <summary>
/// Error-free transformations of floating-point sums and products: each returns the rounded
/// result together with the exact rounding error, so that <c>a + b == sum + error</c> and
/// <c>a * b == product + error</c> hold exactly in real arithmetic (barring overflow).
/// They are the building blocks of <see cref="DoubleDouble"/> arithmetic and of the
/// compensated residual kernels.
/// </summary>
// References:
//   D. E. Knuth, The Art of Computer Programming, Vol. 2, 3rd ed., §4.2.2 (TwoSum, 6 flops, no branch).
//   T. J. Dekker, "A floating-point technique for extending the available precision",
//     Numerische Mathematik 18 (1971) 224-242 (FastTwoSum when |a| >= |b|; exact products).
//   J.-M. Muller et al., Handbook of Floating-Point Arithmetic, 2nd ed. (2018), §4.3-4.4
//     (TwoProduct by one fused multiply-add instead of Veltkamp splitting).
public static class ErrorFreeTransforms
{
    /// <summary>Knuth's TwoSum: <paramref name="sum"/> = fl(a + b) and the exact error, for any a, b.</summary>
    /// <param name="a">First addend.</param>
    /// <param name="b">Second addend.</param>
    /// <param name="sum">The rounded sum.</param>
    /// <param name="error">The exact error, a + b − sum.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TwoSum(double a, double b, out double sum, out double error)
    {
        sum = a + b;
        var bVirtual = sum - a;
        var aVirtual = sum - bVirtual;
        error = (a - aVirtual) + (b - bVirtual);
    }

    /// <summary>Dekker's FastTwoSum: like <see cref="TwoSum(double,double,out double,out double)"/> but requires |a| ≥ |b| (or a = 0).</summary>
    /// <param name="a">Addend of larger magnitude.</param>
    /// <param name="b">Addend of smaller magnitude.</param>
    /// <param name="sum">The rounded sum.</param>
    /// <param name="error">The exact error, a + b − sum.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FastTwoSum(double a, double b, out double sum, out double error)
    {
        sum = a + b;
        error = b - (sum - a);
    }

    /// <summary>TwoProduct with a fused multiply-add: <paramref name="product"/> = fl(a·b) and the exact error.</summary>
    /// <param name="a">First factor.</param>
    /// <param name="b">Second factor.</param>
    /// <param name="product">The rounded product.</param>
    /// <param name="error">The exact error, a·b − product (exact unless it underflows).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TwoProduct(double a, double b, out double product, out double error)
    {
        product = a * b;
        error = Math.FusedMultiplyAdd(a, b, -product);
    }

    /// <summary>Lane-wise <see cref="TwoSum(double,double,out double,out double)"/> on SIMD vectors.</summary>
    /// <param name="a">First addends.</param>
    /// <param name="b">Second addends.</param>
    /// <param name="sum">The rounded sums.</param>
    /// <param name="error">The exact errors.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TwoSum(Vector<double> a, Vector<double> b, out Vector<double> sum, out Vector<double> error)
    {
        sum = a + b;
        var bVirtual = sum - a;
        var aVirtual = sum - bVirtual;
        error = (a - aVirtual) + (b - bVirtual);
    }

    /// <summary>Lane-wise <see cref="TwoProduct(double,double,out double,out double)"/> on SIMD vectors.</summary>
    /// <param name="a">First factors.</param>
    /// <param name="b">Second factors.</param>
    /// <param name="product">The rounded products.</param>
    /// <param name="error">The exact errors.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TwoProduct(Vector<double> a, Vector<double> b, out Vector<double> product, out Vector<double> error)
    {
        product = a * b;
        error = Vector.FusedMultiplyAdd(a, b, -product);
    }
}
