using System.Collections.Immutable;
using System.Runtime.InteropServices;
using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// The least-squares solution b minimizing ‖y − Xb‖₂ computed by <see cref="LeastSquaresSolver"/>, with
/// what inference needs: rank and aliased columns, residuals, and the inverse triangular factor giving
/// (XᵀX)⁻¹ and the rows of Q without forming the hat matrix.
/// </summary>
public sealed record LeastSquaresSolution
{
    private readonly DoubleDouble[] _scaledInverse;
    private readonly int[] _kept;

    internal LeastSquaresSolution(
        DesignMatrix design,
        DoubleDouble[] coefficients,
        int[] kept,
        DoubleDouble[] scaledInverse,
        double[] residuals,
        double[] fitted,
        double residualSumOfSquares,
        double conditionNumber,
        ComputationPrecision precision
    )
    {
        Design = design;
        _kept = kept;
        _scaledInverse = scaledInverse;
        var aliased = Enumerable.Repeat(true, design.ColumnCount).ToArray();
        var b = Enumerable.Repeat(double.NaN, design.ColumnCount).ToArray();
        for (var k = 0; k < kept.Length; k++)
        {
            aliased[kept[k]] = false;
            b[kept[k]] = coefficients[k].ToDouble();
        }

        ExtendedCoefficients = [.. coefficients];
        Coefficients = ImmutableCollectionsMarshal.AsImmutableArray(b);
        IsAliased = ImmutableCollectionsMarshal.AsImmutableArray(aliased);
        Residuals = ImmutableCollectionsMarshal.AsImmutableArray(residuals);
        FittedValues = ImmutableCollectionsMarshal.AsImmutableArray(fitted);
        ResidualSumOfSquares = residualSumOfSquares;
        ConditionNumber = conditionNumber;
        Precision = precision;
    }

    /// <summary>The design that was fitted.</summary>
    public DesignMatrix Design { get; }

    /// <summary>Coefficients in design column order; NaN for aliased columns.</summary>
    public ImmutableArray<double> Coefficients { get; }

    /// <summary>Per design column, whether it was aliased (linearly dependent on earlier columns).</summary>
    public ImmutableArray<bool> IsAliased { get; }

    /// <summary>Numerical rank: the number of estimated coefficients.</summary>
    public int Rank => _kept.Length;

    /// <summary>Residuals y − Xb (computed in double-double, then rounded).</summary>
    public ImmutableArray<double> Residuals { get; }

    /// <summary>Fitted values Xb = y − residuals.</summary>
    public ImmutableArray<double> FittedValues { get; }

    /// <summary>Σ residual², accumulated in double-double.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>Frobenius condition number of the column-equilibrated design restricted to the kept columns.</summary>
    public double ConditionNumber { get; }

    /// <summary>The arithmetic that produced this solution.</summary>
    public ComputationPrecision Precision { get; }

    /// <summary>The estimated coefficients of the kept columns in double-double, in kept order.</summary>
    internal ImmutableArray<DoubleDouble> ExtendedCoefficients { get; }

    /// <summary>Indices of the kept (estimated) columns, increasing.</summary>
    public IReadOnlyList<int> Kept => _kept;

    /// <summary>The unscaled covariance factor (XᵀX)⁻¹ as a p×p array; rows and columns of aliased columns are NaN.</summary>
    /// <returns>A new array.</returns>
    public double[,] InverseGram()
    {
        var p = Design.ColumnCount;
        var result = new double[p, p];
        for (var a = 0; a < p; a++)
        {
            for (var c = 0; c < p; c++)
            {
                result[a, c] = double.NaN;
            }
        }

        var r = Rank;
        for (var a = 0; a < r; a++)
        {
            for (var c = a; c < r; c++)
            {
                var s = DoubleDouble.Zero;
                for (var k = c; k < r; k++)
                {
                    s += _scaledInverse[a + k * r] * _scaledInverse[c + k * r];
                }

                result[_kept[a], _kept[c]] = s.ToDouble();
                result[_kept[c], _kept[a]] = s.ToDouble();
            }
        }

        return result;
    }

    /// <summary>The diagonal of (XᵀX)⁻¹ (row lengths² of S·R⁻¹, accumulated in double-double); NaN for aliased columns.</summary>
    /// <returns>One value per design column.</returns>
    public double[] InverseGramDiagonal()
    {
        var result = Enumerable.Repeat(double.NaN, Design.ColumnCount).ToArray();
        var r = Rank;
        for (var j = 0; j < r; j++)
        {
            var s = DoubleDouble.Zero;
            for (var k = j; k < r; k++)
            {
                s += _scaledInverse[j + k * r] * _scaledInverse[j + k * r];
            }

            result[_kept[j]] = s.ToDouble();
        }

        return result;
    }

    /// <summary>Leverages hᵢ = ‖qᵢ‖², the diagonal of the hat matrix, from the rows of Q₁ = X·R⁻¹ (the n×n hat matrix is never formed).</summary>
    /// <returns>One leverage per observation; they sum to the rank.</returns>
    public ImmutableArray<double> ComputeLeverage() => ImmutableCollectionsMarshal.AsImmutableArray(ThinQ().Leverage());

    /// <summary>x₀ᵀ(XᵀX)⁻¹x₀ = ‖(S·R⁻¹)ᵀx₀‖² in double-double, over the kept columns (aliased entries are ignored).</summary>
    /// <param name="point">One value per design column.</param>
    /// <returns>The quadratic form.</returns>
    internal double QuadraticForm(ReadOnlySpan<double> point)
    {
        var r = Rank;
        var total = DoubleDouble.Zero;
        for (var k = 0; k < r; k++)
        {
            var s = DoubleDouble.Zero;
            for (var j = 0; j <= k; j++)
            {
                s += _scaledInverse[j + k * r] * point[_kept[j]];
            }

            total += s * s;
        }

        return total.ToDouble();
    }

    /// <summary>The generator of the rows of Q₁ over the kept columns.</summary>
    /// <returns>The generator.</returns>
    internal ThinQRows ThinQ() =>
        new(Design.Leading(_kept), Design.Trailing(_kept), _scaledInverse, Precision == ComputationPrecision.DoubleDouble);

    /// <summary>S·R⁻¹ (r×r, column-major, double-double): (XᵀX)⁻¹ restricted to the kept columns equals (S·R⁻¹)(S·R⁻¹)ᵀ.</summary>
    public ReadOnlySpan<DoubleDouble> ScaledInverse => _scaledInverse;
}
