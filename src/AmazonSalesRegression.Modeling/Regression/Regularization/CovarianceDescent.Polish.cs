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
    /// Before that, the system is re-solved with the signs it produced until they settle; a settled solution with a
    /// lower objective is taken whole (it lets coefficients change sign in one step instead of one zero at a time).
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

        var signs = set.Select(k => (double)Math.Sign(_beta[k])).ToArray();
        var target = Solve(set, signs, l1, l2);
        if (target is null)
        {
            return PolishStep.None;
        }

        if (SignConsistent(set, signs, l1, l2) is { } consistent)
        {
            for (var a = 0; a < set.Length; a++)
            {
                _beta[set[a]] = consistent[a];
            }

            Recompute();
            return PolishStep.Full;
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

    /// <summary>
    /// Re-solves with the signs of the previous solution until they no longer change (at most a few times); the result
    /// when they settle with every coefficient non-zero and the objective lower than now, otherwise null.
    /// </summary>
    private double[]? SignConsistent(int[] set, double[] signs, double l1, double l2)
    {
        const int maxSignUpdates = 10;
        var current = (double[])signs.Clone();
        for (var attempt = 0; attempt < maxSignUpdates; attempt++)
        {
            if (Solve(set, current, l1, l2) is not { } target)
            {
                return null;
            }

            var changed = false;
            for (var a = 0; a < set.Length; a++)
            {
                var sign = Math.Sign(target[a]);
                if (sign == 0)
                {
                    return null;
                }

                changed |= sign != current[a];
                current[a] = sign;
            }

            if (!changed)
            {
                return ObjectiveAt(set, target, l1, l2) < Objective(l1, l2) ? target : null;
            }
        }

        return null;
    }

    /// <summary>The solution of (G_AA + l2·I)·β_A = c_A − l1·s_A, or null when G_AA is singular.</summary>
    private double[]? Solve(int[] set, double[] signs, double l1, double l2)
    {
        var c = _problem.Gradient;
        var system = Matrix<double>.Build.Dense(set.Length, set.Length, (a, b) => _gram[_slot[set[a]]][set[b]] + (a == b ? l2 : 0.0));
        var rhs = Vector<double>.Build.Dense(set.Length, a => c[set[a]] - (l1 * signs[a]));
        try
        {
            var solution = system.Cholesky().Solve(rhs).ToArray();
            return solution.All(double.IsFinite) ? solution : null;
        }
        catch (ArgumentException)
        {
            return null; // exactly collinear active columns
        }
    }

    /// <summary>The objective (1 − rsq)/2 + l1·‖β‖₁ + l2/2·‖β‖² with β zero outside <paramref name="set"/>.</summary>
    private double ObjectiveAt(int[] set, double[] values, double l1, double l2)
    {
        var c = _problem.Gradient;
        var (linear, quadratic, l1Norm, l2Norm) = (0.0, 0.0, 0.0, 0.0);
        for (var a = 0; a < set.Length; a++)
        {
            linear += values[a] * c[set[a]];
            for (var b = 0; b < set.Length; b++)
            {
                quadratic += values[a] * _gram[_slot[set[a]]][set[b]] * values[b];
            }

            l1Norm += Math.Abs(values[a]);
            l2Norm += values[a] * values[a];
        }

        return (0.5 * (1.0 - ((2.0 * linear) - quadratic))) + (l1 * l1Norm) + (0.5 * l2 * l2Norm);
    }

    /// <summary>The objective at the current β.</summary>
    private double Objective(double l1, double l2)
    {
        var (l1Norm, l2Norm) = (0.0, 0.0);
        foreach (var b in _beta)
        {
            l1Norm += Math.Abs(b);
            l2Norm += b * b;
        }

        return (0.5 * (1.0 - RSquared)) + (l1 * l1Norm) + (0.5 * l2 * l2Norm);
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
