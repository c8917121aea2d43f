using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// Linear least squares: finds b minimizing ‖y − Xb‖₂ by Householder QR with limited column pivoting on the
/// column-scaled augmented matrix [X y], with numerical rank determination and aliased (dropped) columns
/// named as in R's <c>lm</c>.
/// </summary>
/// <remarks>
/// <para>Algorithm. (1) Every column of [X y] is scaled by a power of two (exact) so its largest entry lies
/// in [½, 1). (2) The triangular factor R of [X y] is computed by Householder QR: in double with a blocked,
/// SIMD, tall-skinny row order for large problems (<see cref="TallSkinnyQr"/>), or entirely in double-double
/// (unit roundoff 2⁻¹⁰⁶) for small or ill-conditioned ones. (3) Limited column pivoting (R's
/// <c>dqrdc2</c> semantics) is applied to that small factor in double-double, so the rank decisions equal those
/// of pivoting the full matrix: earlier columns are preferred and dependent ones moved to the end.
/// (4) b = R⁻¹Qᵀy in double-double; on the double path, if the error bound u·κ²·tanθ exceeds 1e-12, b is
/// refined with residuals and Xᵀr accumulated in double-double (corrected semi-normal equations), which
/// costs O(n·p). (5) Residuals y − Xb are accumulated in double-double.</para>
/// <para>Under <see cref="PrecisionPolicy.Automatic"/> a double factorization whose equilibrated condition
/// number exceeds <see cref="LeastSquaresOptions.ConditionLimit"/> is redone in double-double.</para>
/// </remarks>
// References:
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.2 (Householder QR), §5.3 (the full
//     rank least-squares problem), §5.4 (rank deficiency, QR with column pivoting).
//   P. Businger, G. H. Golub, "Linear least squares solutions by Householder transformations",
//     Numer. Math. 7 (1965) 269-276.
//   Å. Björck, "Iterative refinement of linear least squares solutions I", BIT 7 (1967) 257-278;
//     Å. Björck, "Stability analysis of the method of seminormal equations for linear least squares
//     problems", Linear Algebra Appl. 88/89 (1987) 31-48.
//   N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed. (2002), ch. 20.
//   T. J. Dekker (1971); D. H. Bailey's QD library (double-double arithmetic), see DoubleDouble.
public sealed partial class LeastSquaresSolver
{
    private const double RefinementThreshold = 1e-12;
    private const int MaxRefinementSteps = 3;
    private const double UnitRoundoff = 1.0 / (1L << 53);

    /// <summary>Creates a solver.</summary>
    /// <param name="options">Settings; <see cref="LeastSquaresOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance or limit is not positive.</exception>
    public LeastSquaresSolver(LeastSquaresOptions? options = null)
    {
        Options = options ?? LeastSquaresOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.RankTolerance, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.ConditionLimit, nameof(options));
    }

    /// <summary>The solver's settings.</summary>
    public LeastSquaresOptions Options { get; }

    /// <summary>Solves min ‖y − Xb‖₂.</summary>
    /// <param name="design">The design X (n × p).</param>
    /// <param name="y">The response (n values).</param>
    /// <returns>The solution, with aliased columns flagged and their coefficients NaN.</returns>
    /// <exception cref="ArgumentException">Sizes do not match, n ≤ p, or a value is NaN or infinite (the message names column and row).</exception>
    public LeastSquaresSolution Solve(DesignMatrix design, ReadOnlyMemory<double> y)
    {
        var columns = Prepare(design, y);
        var small = (long)design.Rows * columns.Count * columns.Count <= Options.SmallProblemWork;
        if (Options.Precision == PrecisionPolicy.Double || (Options.Precision == PrecisionPolicy.Automatic && !small))
        {
            var factor = TallSkinnyQr.Factor(columns).Select(v => (DoubleDouble)v).ToArray();
            var solution = Complete(design, y, columns, factor, extended: false);
            if (Options.Precision == PrecisionPolicy.Double || solution.ConditionNumber <= Options.ConditionLimit)
            {
                return solution;
            }
        }

        return Complete(design, y, columns, ExtendedTallSkinnyQr.Factor(columns), extended: true);
    }

    private LeastSquaresSolution Complete(
        DesignMatrix design,
        ReadOnlyMemory<double> y,
        ScaledColumns columns,
        DoubleDouble[] augmented,
        bool extended
    )
    {
        var p = design.ColumnCount;
        var factor = LimitedPivotingQr.Factor(augmented, p, Options.RankTolerance);
        var inverse = factor.InvertR();
        var r = factor.Rank;
        var scaledInverse = new DoubleDouble[r * r];
        var b = new DoubleDouble[r];
        var responseExponent = columns.Exponents[p];
        for (var j = 0; j < r; j++)
        {
            var exponent = columns.Exponents[factor.Kept[j]];
            var s = DoubleDouble.Zero;
            for (var k = j; k < r; k++)
            {
                s += inverse[j + k * r] * factor.Qty[k];
                scaledInverse[j + k * r] = DoubleDouble.ScaleB(inverse[j + k * r], exponent);
            }

            b[j] = DoubleDouble.ScaleB(s, exponent - responseExponent);
        }

        var hi = design.Leading(factor.Kept);
        var lo = design.Trailing(factor.Kept);
        var residualHi = new double[design.Rows];
        var residualLo = new double[design.Rows];
        CompensatedSums.Residual(y, hi, lo, b, residualHi, residualLo);
        var condition = factor.EquilibratedCondition(inverse);
        var precision = extended ? ComputationPrecision.DoubleDouble : ComputationPrecision.Double;
        if (!extended && r > 0 && NeedsRefinement(condition, factor))
        {
            Refine(y, hi, lo, scaledInverse, b, residualHi, residualLo);
            precision = ComputationPrecision.DoubleRefined;
        }

        var residuals = new double[design.Rows];
        var fitted = new double[design.Rows];
        var response = y.Span;
        for (var i = 0; i < residuals.Length; i++)
        {
            residuals[i] = residualHi[i] + residualLo[i];
            fitted[i] = (double)(response[i] - new DoubleDouble(residualHi[i], residualLo[i]));
        }

        var rss = CompensatedSums.SumOfSquares(residuals).ToDouble();
        return new LeastSquaresSolution(design, b, factor.Kept, scaledInverse, residuals, fitted, rss, condition, precision);
    }

    private static bool NeedsRefinement(double condition, PivotedQrFactor factor)
    {
        var fittedLength2 = DoubleDouble.Zero;
        foreach (var z in factor.Qty)
        {
            fittedLength2 += z * z;
        }

        var tanTheta = factor.ResidualNorm.ToDouble() / Math.Sqrt(fittedLength2.ToDouble());
        return condition * condition * UnitRoundoff * tanTheta > RefinementThreshold;
    }

    private static void Refine(
        ReadOnlyMemory<double> y,
        ReadOnlyMemory<double>[] hi,
        ReadOnlyMemory<double>[] lo,
        DoubleDouble[] scaledInverse,
        DoubleDouble[] b,
        double[] residualHi,
        double[] residualLo
    )
    {
        var r = b.Length;
        for (var step = 0; step < MaxRefinementSteps; step++)
        {
            var g = CompensatedSums.CrossProduct(hi, lo, residualHi, residualLo);
            var t = new DoubleDouble[r];
            for (var k = 0; k < r; k++)
            {
                for (var j = 0; j <= k; j++)
                {
                    t[k] += scaledInverse[j + k * r] * g[j];
                }
            }

            var largestChange = 0.0;
            var largestCoefficient = 0.0;
            for (var j = 0; j < r; j++)
            {
                var delta = DoubleDouble.Zero;
                for (var k = j; k < r; k++)
                {
                    delta += scaledInverse[j + k * r] * t[k];
                }

                b[j] += delta;
                largestChange = Math.Max(largestChange, Math.Abs(delta.Hi));
                largestCoefficient = Math.Max(largestCoefficient, Math.Abs(b[j].Hi));
            }

            CompensatedSums.Residual(y, hi, lo, b, residualHi, residualLo);
            if (largestChange <= Math.ScaleB(largestCoefficient, -60))
            {
                return;
            }
        }
    }
}
