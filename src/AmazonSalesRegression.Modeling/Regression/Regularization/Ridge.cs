using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Closed-form ridge regression on glmnet's objective (α = 0), a cross-check of the coordinate-descent path.
/// </summary>
/// <remarks>
/// Objective: (1/2n)·Σ(y_i − β₀ − x_iᵀβ)² + (λ/2)·‖β‖² taken, as glmnet does, on standardized predictors
/// z_j = (x_j − x̄_j)/sd(x_j) and on y/s_y (1/n standard deviations), with penalty λ/s_y. The standardized
/// slopes b solve (ZᵀZ/n + (λ/s_y)·I)·b = Zᵀ(y − ȳ)/(n·s_y), by a Cholesky factorization; the slopes on the
/// original scale are s_y·b_j/sd(x_j) and the intercept ȳ − Σ β_j·x̄_j.
/// </remarks>
// References:
//   Hoerl, A. E. & Kennard, R. W. (1970). Ridge regression: biased estimation for nonorthogonal problems.
//     Technometrics 12(1), 55–67.
//   Friedman, J., Hastie, T. & Tibshirani, R. (2010). Regularization paths for generalized linear models via
//     coordinate descent. Journal of Statistical Software 33(1), 1–22 (the objective and standardization).
public static class Ridge
{
    /// <summary>Solves the ridge problem at <paramref name="lambda"/> with an intercept and standardized predictors.</summary>
    /// <param name="x">Predictors without an intercept column (none constant).</param>
    /// <param name="y">Response.</param>
    /// <param name="lambda">The penalty λ &gt; 0, on glmnet's scale.</param>
    /// <returns>The fit (α = 0).</returns>
    /// <exception cref="ArgumentException">Invalid dimensions, λ ≤ 0, or a constant predictor or response.</exception>
    public static ElasticNetFit Solve(DesignMatrix x, ReadOnlyMemory<double> y, double lambda)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!(lambda > 0) || double.IsInfinity(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), $"λ must be a finite value > 0; got {lambda}.");
        }

        if (y.Length != x.Rows)
        {
            throw new ArgumentException($"y has {y.Length} values; the design has {x.Rows} rows.", nameof(y));
        }

        var problem = StandardizedProblem.Create(x, y.Span, standardize: true, intercept: true);
        if (problem.Included.Any(i => !i))
        {
            throw new ArgumentException("A predictor is constant; closed-form ridge needs non-constant columns.", nameof(x));
        }

        var p = x.ColumnCount;
        var gram = Matrix<double>.Build.Dense(p, p, (j, k) => problem.Cross(j, k));
        for (var j = 0; j < p; j++)
        {
            gram[j, j] += lambda / problem.YScale;
        }

        var b = gram.Cholesky().Solve(Vector<double>.Build.DenseOfArray(problem.Gradient));
        var beta = new double[p];
        var intercept = problem.YMean;
        var rss = 0.0;
        for (var j = 0; j < p; j++)
        {
            beta[j] = problem.YScale * b[j] / problem.Scales[j];
            intercept -= beta[j] * problem.Means[j];
        }

        var fit = new ElasticNetFit(x.Names, 0.0, lambda, intercept, beta, 0.0);
        var yHat = fit.Predict(x);
        var span = y.Span;
        var mean = problem.YMean;
        var tss = 0.0;
        for (var i = 0; i < yHat.Length; i++)
        {
            rss += (span[i] - yHat[i]) * (span[i] - yHat[i]);
            tss += (span[i] - mean) * (span[i] - mean);
        }

        return fit with
        {
            DevianceRatio = 1.0 - rss / tss,
        };
    }
}
