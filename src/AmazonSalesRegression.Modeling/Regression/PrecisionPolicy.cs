namespace AmazonSalesRegression.Regression;

/// <summary>How <see cref="LeastSquaresSolver"/> chooses between double and double-double arithmetic.</summary>
public enum PrecisionPolicy
{
    /// <summary>
    /// Double-double for small problems (n·(p+1)² ≤ <see cref="LeastSquaresOptions.SmallProblemWork"/>) and for
    /// problems whose condition number exceeds <see cref="LeastSquaresOptions.ConditionLimit"/>; otherwise the
    /// SIMD double path, refined in O(n·p) double-double work when κ²·u·tanθ calls for it.
    /// </summary>
    Automatic,

    /// <summary>Always the double path (with its refinement); fastest, accurate to about κ·u.</summary>
    Double,

    /// <summary>Always factorize in double-double; about 20 times slower per flop.</summary>
    DoubleDouble,
}
