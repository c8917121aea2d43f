using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// The polishing step: a move toward the exact minimizer on the active set with the signs coordinate descent found.
/// </summary>
internal sealed partial class CovarianceDescent
{
    private const int MaxPolishRounds = 200;

    private enum PolishStep
    {
        /// <summary>Nothing to polish (no non-zero coefficient) or the system is singular.</summary>
        None,

        /// <summary>The move stopped where a coefficient reached zero; coordinate descent must re-check the signs.</summary>
        Partial,

        /// <summary>β is the exact minimizer for the active set and signs.</summary>
        Full,
    }

    /// <summary>
    /// Alternates polishing steps and coordinate descent until a full step is taken (the active set and signs are
    /// right) or nothing is left to polish; each step lowers the objective, so the rounds end.
    /// </summary>
    /// <param name="l1">λ·α.</param>
    /// <param name="l2">λ·(1 − α).</param>
    private void PolishAndConfirm(double l1, double l2)
    {
        for (var round = 0; round < MaxPolishRounds; round++)
        {
            var step = Polish(l1, l2);
            if (step == PolishStep.None)
            {
                return;
            }

            while (!Sweep(l1, l2, fullSweep: true))
            {
                ActiveSetFit(l1, l2);
            }

            if (step == PolishStep.Full)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Moves β toward β*, the solution of (G_AA + l2·I)·β*_A = c_A − l1·s_A on the non-zero coefficients A with
    /// their signs s_A: all the way when no sign changes on the way, otherwise to the first coefficient that reaches
    /// zero (which is set to zero). On the segment the objective is the convex quadratic minimized at β*, so it falls.
    /// The gradient and the deviance ratio are recomputed from the new β.
    /// </summary>
    /// <param name="l1">λ·α.</param>
    /// <param name="l2">λ·(1 − α).</param>
    /// <returns>Which step was taken.</returns>
    private PolishStep Polish(double l1, double l2)
    {
        var set = _active.Where(k => _beta[k] != 0.0).ToArray();
        if (set.Length == 0)
        {
            return PolishStep.None;
        }

        var c = _problem.Gradient;
        var system = Matrix<double>.Build.Dense(
            set.Length, set.Length, (a, b) => _gram[_slot[set[a]]][set[b]] + (a == b ? l2 : 0.0));
        var rhs = Vector<double>.Build.Dense(set.Length, a => c[set[a]] - (l1 * Math.Sign(_beta[set[a]])));
        double[] target;
        try
        {
            target = system.Cholesky().Solve(rhs).ToArray();
        }
        catch (ArgumentException)
        {
            return PolishStep.None; // G_AA is singular (exactly collinear active columns): keep the descent point
        }

        if (target.Any(t => !double.IsFinite(t)))
        {
            return PolishStep.None;
        }

        var (fraction, blocking) = (1.0, -1);
        for (var a = 0; a < set.Length; a++)
        {
            var current = _beta[set[a]];
            if (Math.Sign(target[a]) != Math.Sign(current))
            {
                var toZero = current / (current - target[a]);
                if (toZero < fraction)
                {
                    (fraction, blocking) = (toZero, a);
                }
            }
        }

        for (var a = 0; a < set.Length; a++)
        {
            _beta[set[a]] = a == blocking ? 0.0 : _beta[set[a]] + (fraction * (target[a] - _beta[set[a]]));
        }

        Recompute();
        return blocking < 0 ? PolishStep.Full : PolishStep.Partial;
    }

    /// <summary>Recomputes g = c − G·β and rsq = βᵀ(c + g) from β (every non-zero β_k is active).</summary>
    private void Recompute()
    {
        var c = _problem.Gradient;
        c.CopyTo(_g, 0);
        foreach (var k in _active)
        {
            if (_beta[k] == 0.0)
            {
                continue;
            }

            var cross = _gram[_slot[k]];
            for (var j = 0; j < _g.Length; j++)
            {
                if (_problem.Included[j])
                {
                    _g[j] -= cross[j] * _beta[k];
                }
            }
        }

        var rSquared = 0.0;
        foreach (var k in _active)
        {
            rSquared += _beta[k] * (c[k] + _g[k]);
        }

        RSquared = rSquared;
    }
}
