namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Cyclic coordinate descent with covariance (Gram) updates on a <see cref="StandardizedProblem"/>, following
/// glmnet's Gaussian "covariance" solver step for step: the gradient g_j = ⟨z_j, r⟩ is kept up to date through
/// the cross-products ⟨z_j, z_k⟩ of the active columns, which are computed once when k enters the active set.
/// Each λ is warm-started from the previous solution; the solver iterates on the active set to convergence,
/// then makes a full sweep over all predictors, and repeats until a full sweep changes nothing beyond the threshold.
/// </summary>
/// <remarks>
/// glmnet stops when no coordinate moves by more than the threshold (max_j v_j·Δβ_j²). Along a flat valley of the
/// objective (in the course's design, the SKU dummies against the category price elasticities) each pass moves
/// every coordinate only a little, so that test is met far from the minimum. After coordinate descent has found the
/// active set and the signs, the solver therefore polishes: with the signs s_A of the non-zero coefficients fixed,
/// the objective is a smooth quadratic whose minimizer solves (G_AA + λ(1−α)·I)·β_A = c_A − λα·s_A
/// (G the Gram matrix of the standardized columns, c the gradient at β = 0). The system is solved by Cholesky; the
/// polished point is kept when every sign is unchanged and the objective did not rise, and coordinate descent then
/// confirms it (a full sweep that changes nothing, so every inactive predictor still meets its KKT condition).
/// </remarks>
// References:
//   Friedman, J., Hastie, T. & Tibshirani, R. (2010). Regularization paths for generalized linear models via
//     coordinate descent. Journal of Statistical Software 33(1), 1–22 (sections 2.1–2.6: naive and covariance
//     updates, pathwise warm starts, active-set cycling).
//   Osborne, M. R., Presnell, B. & Turlach, B. A. (2000). On the LASSO and its dual. Journal of Computational and
//     Graphical Statistics 9(2), 319–337 (the solution on a known active set with known signs is the solution of
//     a linear system; the polishing step).
internal sealed partial class CovarianceDescent
{
    private readonly StandardizedProblem _problem;
    private readonly double _threshold;
    private readonly int _maxPasses;
    private readonly double[] _beta;
    private readonly double[] _g;
    private readonly int[] _slot;
    private readonly List<int> _active = [];
    private readonly List<double[]> _gram = [];
    private int _passes;
    private bool _warm;

    /// <summary>Starts at β = 0.</summary>
    /// <param name="problem">The transformed data.</param>
    /// <param name="threshold">Convergence threshold on max_j v_j·Δβ_j².</param>
    /// <param name="maxPasses">Maximum total passes.</param>
    public CovarianceDescent(StandardizedProblem problem, double threshold, int maxPasses)
    {
        _problem = problem;
        _threshold = threshold;
        _maxPasses = maxPasses;
        var p = problem.ColumnCount;
        _beta = new double[p];
        _g = (double[])problem.Gradient.Clone();
        _slot = new int[p];
        Array.Fill(_slot, -1);
    }

    /// <summary>The current coefficients on the internal scale.</summary>
    public ReadOnlySpan<double> Beta => _beta;

    /// <summary>The current fraction of deviance explained (glmnet's rsq).</summary>
    public double RSquared { get; private set; }

    /// <summary>The current gradient ⟨z_j, r⟩ (glmnet's g), used for λ_max.</summary>
    public ReadOnlySpan<double> Gradient => _g;

    /// <summary>Minimizes the penalized objective at one λ, starting from the current solution.</summary>
    /// <param name="l1">λ·α.</param>
    /// <param name="l2">λ·(1 − α).</param>
    /// <exception cref="InvalidOperationException">The pass limit was reached.</exception>
    public void Solve(double l1, double l2)
    {
        if (_warm)
        {
            ActiveSetFit(l1, l2);
        }

        while (!Sweep(l1, l2, fullSweep: true))
        {
            ActiveSetFit(l1, l2);
        }

        PolishAndConfirm(l1, l2);
    }

    private void ActiveSetFit(double l1, double l2)
    {
        _warm = true;
        var before = _active.Select(k => _beta[k]).ToArray();
        while (!Sweep(l1, l2, fullSweep: false)) { }

        for (var s = 0; s < before.Length; s++)
        {
            before[s] -= _beta[_active[s]];
        }

        for (var j = 0; j < _g.Length; j++)
        {
            if (_slot[j] >= 0 || !_problem.Included[j])
            {
                continue;
            }

            var change = 0.0;
            for (var s = 0; s < before.Length; s++)
            {
                change += before[s] * _gram[s][j];
            }

            _g[j] += change;
        }
    }

    private bool Sweep(double l1, double l2, bool fullSweep)
    {
        _passes++;
        var largest = 0.0;
        if (fullSweep)
        {
            for (var k = 0; k < _beta.Length; k++)
            {
                if (_problem.Included[k])
                {
                    largest = Math.Max(largest, Update(k, l1, l2, fullSweep));
                }
            }
        }
        else
        {
            for (var s = 0; s < _active.Count; s++)
            {
                largest = Math.Max(largest, Update(_active[s], l1, l2, fullSweep));
            }
        }

        if (largest < _threshold)
        {
            return true;
        }

        if (_passes >= _maxPasses)
        {
            throw new InvalidOperationException($"Coordinate descent did not converge within {_maxPasses} passes.");
        }

        return false;
    }

    private double Update(int k, double l1, double l2, bool fullSweep)
    {
        var v = _problem.Variances[k];
        var old = _beta[k];
        var u = _g[k] + old * v;
        var shrunk = Math.Abs(u) - l1;
        _beta[k] = shrunk > 0 ? Math.CopySign(shrunk, u) / (v + l2) : 0.0;
        if (_beta[k] == old)
        {
            return 0.0;
        }

        if (fullSweep && _slot[k] < 0)
        {
            Activate(k);
        }

        var delta = _beta[k] - old;
        RSquared += delta * (2.0 * _g[k] - delta * v);
        var cross = _gram[_slot[k]];
        if (fullSweep)
        {
            for (var j = 0; j < _g.Length; j++)
            {
                if (_problem.Included[j])
                {
                    _g[j] -= cross[j] * delta;
                }
            }
        }
        else
        {
            foreach (var j in _active)
            {
                _g[j] -= cross[j] * delta;
            }
        }

        return v * delta * delta;
    }

    private void Activate(int k)
    {
        var cross = new double[_beta.Length];
        for (var j = 0; j < cross.Length; j++)
        {
            if (!_problem.Included[j])
            {
                continue;
            }

            cross[j] =
                j == k ? _problem.Variances[k]
                : _slot[j] >= 0 ? _gram[_slot[j]][k]
                : _problem.Cross(j, k);
        }

        _slot[k] = _active.Count;
        _active.Add(k);
        _gram.Add(cross);
    }
}
