using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

/// <summary>The joint Wald test of a robust covariance, shared by the in-memory and the streaming fit.</summary>
internal static class RobustWald
{
    /// <summary>
    /// W = bₛᵀVₛ⁻¹bₛ / q over the estimated slopes (every kept column but the intercept), in F form; NaN with q = 0
    /// when there is nothing to test.
    /// </summary>
    /// <param name="covariance">The p×p covariance (aliased rows NaN).</param>
    /// <param name="kept">The estimated columns.</param>
    /// <param name="coefficients">One coefficient per column.</param>
    /// <param name="hasIntercept">Whether column 0 is the intercept.</param>
    public static (double Statistic, int Restrictions) AllSlopes(
        double[,] covariance,
        IReadOnlyList<int> kept,
        ReadOnlySpan<double> coefficients,
        bool hasIntercept
    )
    {
        var tested = kept.Where(j => !(hasIntercept && j == 0)).ToArray();
        if (tested.Length == 0)
        {
            return (double.NaN, 0);
        }

        var v = Matrix<double>.Build.Dense(tested.Length, tested.Length, (a, c) => covariance[tested[a], tested[c]]);
        var values = coefficients.ToArray();
        var b = Vector<double>.Build.Dense(tested.Length, a => values[tested[a]]);
        return (b.DotProduct(v.Solve(b)) / tested.Length, tested.Length);
    }
}
