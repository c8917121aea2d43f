namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Elastic-net linear regression (Gaussian family) fitted along a path of penalties, reproducing R's glmnet.
/// </summary>
/// <remarks>
/// <para>
/// Objective: minimize over (β₀, β) the quantity (1/2n)·Σ(y_i − β₀ − x_iᵀβ)² + λ·[(1−α)/2·‖β‖₂² + α·‖β‖₁];
/// α = 1 is the lasso, α = 0 ridge regression, and the intercept is not penalized.
/// </para>
/// <para>
/// Conventions (as glmnet): the predictors are standardized to unit variance with the 1/n divisor
/// (when <see cref="ElasticNetOptions.Standardize"/>), and y is centred and divided by its 1/n standard deviation
/// s_y; the problem is solved on that scale with penalty λ/s_y and the coefficients are mapped back to the
/// original scale. For the lasso this changes nothing, but for α &lt; 1 it means the ridge part acts as
/// λ(1−α)/(2·s_y)·‖β‖² on the original y scale.
/// </para>
/// <para>
/// Default λ sequence: λ_max = max_j |⟨x_j, y⟩|/(n·max(α, 10⁻³)) on the standardized data (times s_y), then
/// <see cref="ElasticNetOptions.NLambda"/> values decreasing geometrically to λ_max·lambda.min.ratio. The path
/// stops early (after at least 5 values) when the fraction of deviance explained grows by less than 10⁻⁵
/// relatively or exceeds 0.999, as in glmnet; a user-given sequence is always fitted in full.
/// </para>
/// <para>
/// Algorithm: cyclic coordinate descent with covariance updates, warm starts along the path and active-set
/// cycling (<see cref="CovarianceDescent"/>), then a polishing step that solves the optimality conditions on the
/// active set exactly, so the fit at a λ does not depend on the path that led to it and approaches OLS as λ → 0
/// even along nearly collinear directions, where glmnet's stopping rule alone stops short. The first value of a default sequence is reported as glmnet does,
/// extrapolated log-linearly from the second and third.
/// </para>
/// <para>
/// scikit-learn: with X standardized (1/n) and y centred, <c>sklearn.linear_model.ElasticNet</c>
/// (objective (1/2n)‖y − Xw‖² + a·r·‖w‖₁ + a(1−r)/2·‖w‖²) gives glmnet's solution (w_j = β_j·sd(x_j)) for
/// a = λ·(α + (1−α)/s_y) and r = α/(α + (1−α)/s_y); see <see cref="ScikitLearnEquivalent"/>. Equivalently,
/// on y/s_y it is (a = λ/s_y, r = α) with w scaled back by s_y.
/// </para>
/// </remarks>
// References:
//   Friedman, J., Hastie, T. & Tibshirani, R. (2010). Regularization paths for generalized linear models via
//     coordinate descent. Journal of Statistical Software 33(1), 1–22.
//   Tibshirani, R., Bien, J., Friedman, J., Hastie, T., Simon, N., Taylor, J. & Tibshirani, R. J. (2012).
//     Strong rules for discarding predictors in lasso-type problems. JRSS-B 74(2), 245–266 (the covariance
//     solver here relies on active-set cycling with a full KKT sweep rather than on the strong rule).
public static partial class ElasticNet
{
    private const double FractionalDevianceChange = 1e-5;
    private const double MaxDevianceRatio = 0.999;
    private const int MinPathLength = 5;
    private const double SmallestRatio = 1e-6;
    private const double Big = 9.9e35;

    /// <summary>Fits the elastic net along a λ path.</summary>
    /// <param name="x">Predictors without an intercept column.</param>
    /// <param name="y">Response, one value per row.</param>
    /// <param name="options">Settings; null for glmnet's defaults (lasso).</param>
    /// <returns>The path, with coefficients on the original scale.</returns>
    /// <exception cref="ArgumentException">Invalid dimensions, settings or values (NaN, constant y).</exception>
    public static ElasticNetPath Path(DesignMatrix x, ReadOnlyMemory<double> y, ElasticNetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        options ??= new ElasticNetOptions();
        Validate(x, y.Span, options);
        return PathOf(StandardizedProblem.Create(x, y.Span, options.Standardize, options.Intercept), x.Rows, x.Names, options);
    }

    /// <summary>The path of a problem already standardized (from the data or from its moments).</summary>
    internal static ElasticNetPath PathOf(StandardizedProblem problem, long rows, IReadOnlyList<string> names, ElasticNetOptions options)
    {
        var solver = new CovarianceDescent(problem, options.Threshold, options.MaxIterations);
        var user = options.Lambdas?.OrderByDescending(l => l).ToArray();
        var count = user?.Length ?? options.NLambda;
        var ratio = options.LambdaMinRatio ?? (rows < problem.ColumnCount ? 1e-2 : 1e-4);
        var step = user is null ? Math.Pow(Math.Max(SmallestRatio, ratio), 1.0 / (count - 1.0)) : 1.0;
        var alpha = options.L1Ratio;

        var lambdas = new List<double>();
        var intercepts = new List<double>();
        var slopes = new List<IReadOnlyList<double>>();
        var nonZero = new List<int>();
        var devianceRatio = new List<double>();
        var internalLambda = 0.0;
        for (var m = 0; m < count; m++)
        {
            internalLambda =
                user is not null ? user[m] / problem.YScale
                : m == 0 ? Big
                : m == 1 ? LambdaMax(solver.Gradient, problem.Included, alpha) * step
                : internalLambda * step;
            var previous = solver.RSquared;
            solver.Solve(internalLambda * alpha, internalLambda * (1.0 - alpha));

            var (intercept, beta) = ToOriginalScale(problem, solver.Beta);
            lambdas.Add(user is not null ? user[m] : problem.YScale * internalLambda);
            intercepts.Add(intercept);
            slopes.Add(beta);
            nonZero.Add(beta.Count(b => b != 0.0));
            devianceRatio.Add(solver.RSquared);

            var rsq = solver.RSquared;
            var change = rsq == 0 ? double.PositiveInfinity : (rsq - previous) / rsq;
            if (user is null && m + 1 >= Math.Min(MinPathLength, count) && (change < FractionalDevianceChange || rsq > MaxDevianceRatio))
            {
                break;
            }
        }

        if (user is null && lambdas.Count > 2)
        {
            lambdas[0] = Math.Exp(2 * Math.Log(lambdas[1]) - Math.Log(lambdas[2]));
        }

        return new ElasticNetPath(names, alpha, lambdas, intercepts, slopes, nonZero, devianceRatio);
    }

    /// <summary>Fits the elastic net at a single λ (glmnet with <c>lambda = λ</c>, started from β = 0).</summary>
    /// <param name="x">Predictors without an intercept column.</param>
    /// <param name="y">Response.</param>
    /// <param name="lambda">The penalty λ ≥ 0, on the scale of y.</param>
    /// <param name="options">Settings (its λ settings are ignored); null for the lasso.</param>
    /// <returns>The fit.</returns>
    public static ElasticNetFit Fit(DesignMatrix x, ReadOnlyMemory<double> y, double lambda, ElasticNetOptions? options = null) =>
        Path(x, y, (options ?? new ElasticNetOptions()) with { Lambdas = [lambda] }).At(0);

    /// <summary>
    /// scikit-learn's (<c>alpha</c>, <c>l1_ratio</c>) giving glmnet's (λ, α) solution when X is standardized (1/n)
    /// and y is left on its scale: a = λ·(α + (1−α)/s_y), r = α/(α + (1−α)/s_y).
    /// </summary>
    /// <param name="lambda">glmnet's λ.</param>
    /// <param name="l1Ratio">glmnet's α (<see cref="ElasticNetOptions.L1Ratio"/>).</param>
    /// <param name="yScale">s_y, the 1/n standard deviation of y.</param>
    /// <returns>scikit-learn's alpha and l1_ratio.</returns>
    public static (double Alpha, double L1Ratio) ScikitLearnEquivalent(double lambda, double l1Ratio, double yScale)
    {
        var total = l1Ratio + (1.0 - l1Ratio) / yScale;
        return (lambda * total, l1Ratio / total);
    }

    private static double LambdaMax(ReadOnlySpan<double> gradient, bool[] included, double alpha)
    {
        var largest = 0.0;
        for (var j = 0; j < gradient.Length; j++)
        {
            if (included[j])
            {
                largest = Math.Max(largest, Math.Abs(gradient[j]));
            }
        }

        return largest / Math.Max(alpha, 1e-3);
    }

    private static (double Intercept, double[] Beta) ToOriginalScale(StandardizedProblem problem, ReadOnlySpan<double> internalBeta)
    {
        var beta = new double[internalBeta.Length];
        var intercept = problem.YMean;
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] = problem.YScale * internalBeta[j] / problem.Scales[j];
            intercept -= beta[j] * problem.Means[j];
        }

        return (intercept, beta);
    }
}
