namespace AmazonSalesRegression.Regression;

/// <summary>Settings of <see cref="LeastSquaresSolver"/>. The defaults suit statistical work and reach ≥ 10 digits on NIST StRD.</summary>
public sealed record LeastSquaresOptions
{
    /// <summary>The default settings.</summary>
    public static LeastSquaresOptions Default { get; } = new();

    /// <summary>
    /// Relative rank tolerance: a column whose part orthogonal to the earlier kept columns is shorter than this
    /// fraction of its own length is aliased (R's <c>dqrdc2</c> criterion). Default 1e-10: R's <c>lm</c> uses 1e-7
    /// with a double-precision QR, which would alias the x¹⁰ term of NIST Filip (relative length 5.2e-8);
    /// rank decisions here are taken in double-double, and 1e-10 still lies six orders of magnitude above the
    /// rounding noise (≈1e-16) left by exact collinearities computed in double, such as price = list − discount.
    /// </summary>
    public double RankTolerance { get; init; } = 1e-10;

    /// <summary>How double and double-double arithmetic are chosen.</summary>
    public PrecisionPolicy Precision { get; init; } = PrecisionPolicy.Automatic;

    /// <summary>
    /// Largest Frobenius condition number of the column-equilibrated design accepted on the double path under
    /// <see cref="PrecisionPolicy.Automatic"/>. Double QR gives standard errors with relative error ≈ κ·u, so
    /// the default 1e4 keeps them to about 12 significant digits; above it the fit is redone in double-double.
    /// </summary>
    public double ConditionLimit { get; init; } = 1e4;

    /// <summary>
    /// Problems with n·(p+1)² at most this many multiply-adds are factorized in double-double directly under
    /// <see cref="PrecisionPolicy.Automatic"/> (a few milliseconds). Default 2²⁰.
    /// </summary>
    public long SmallProblemWork { get; init; } = 1L << 20;
}
