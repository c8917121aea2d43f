namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Settings of an elastic-net fit, with glmnet's defaults and meanings (Gaussian family).
/// </summary>
/// <remarks>
/// The objective is (1/2n)·RSS + λ·[(1−α)/2·‖β‖² + α·‖β‖₁] with an unpenalized intercept. As glmnet does,
/// the solver works on standardized predictors and on y divided by its 1/n standard deviation, so λ is on the
/// scale of y (see <see cref="ElasticNet"/>).
/// </remarks>
public sealed record ElasticNetOptions
{
    /// <summary>
    /// The mixing parameter α in [0, 1], the weight of the L1 penalty: 1 is the lasso, 0 ridge. glmnet calls it
    /// <c>alpha</c>; scikit-learn calls it <c>l1_ratio</c> (its <c>alpha</c> is the penalty strength, λ here), and
    /// the two agree when y is standardized (see <see cref="ElasticNet.ScikitLearnEquivalent"/> otherwise).
    /// </summary>
    public double L1Ratio { get; init; } = 1.0;

    /// <summary>A user-given λ sequence (sorted decreasing before use, as glmnet does); null for glmnet's default sequence.</summary>
    public IReadOnlyList<double>? Lambdas { get; init; }

    /// <summary>Number of λ values of the default sequence (glmnet's <c>nlambda</c>, 100).</summary>
    public int NLambda { get; init; } = 100;

    /// <summary>
    /// Smallest λ as a fraction of λ_max (glmnet's <c>lambda.min.ratio</c>); null for glmnet's default:
    /// 1e-2 when there are fewer observations than predictors, otherwise 1e-4.
    /// </summary>
    public double? LambdaMinRatio { get; init; }

    /// <summary>
    /// Convergence threshold (glmnet's <c>thresh</c>, 1e-7): a coordinate-descent pass has converged when
    /// max_j v_j·Δβ_j² is below it, with v_j the (weighted) variance of standardized column j and β on the
    /// internal scale where y has unit 1/n variance. The solver then polishes the converged point on its active
    /// set (see <see cref="ElasticNet"/>), so along a nearly flat direction the result no longer stops short
    /// by more than this threshold suggests.
    /// </summary>
    public double Threshold { get; init; } = 1e-7;

    /// <summary>Maximum total number of coordinate-descent passes over the data (glmnet's <c>maxit</c>, 1e5).</summary>
    public int MaxIterations { get; init; } = 100_000;

    /// <summary>Whether predictors are standardized internally (glmnet's <c>standardize</c>); coefficients are always reported on the original scale.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Whether an unpenalized intercept is fitted (glmnet's <c>intercept</c>).</summary>
    public bool Intercept { get; init; } = true;
}
