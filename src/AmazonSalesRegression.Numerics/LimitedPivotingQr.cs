namespace AmazonSalesRegression.Numerics;

/// <summary>
/// Householder QR with limited column pivoting in double-double arithmetic, applied to the triangular factor
/// of the augmented least-squares matrix [X y]. Objective: decide the numerical rank and which columns are
/// aliased exactly as R's <c>dqrdc2</c> (the QR behind <c>lm</c>) does: columns are taken in their given
/// order, and a column whose part orthogonal to the columns already kept is shorter than
/// <c>tolerance</c> × its original length is moved to the end and reported aliased.
/// </summary>
/// <remarks>
/// Because X = Q·R with Q orthogonal, every column of R has the same length as the corresponding column of X
/// and the same length after projecting out any set of other columns; running the pivoted QR on the small
/// (p+1)×(p+1) factor therefore makes exactly the decisions the pivoted QR of the n×(p+1) matrix would make.
/// Earlier columns are preferred: of an exactly collinear set, the last one is aliased.
/// </remarks>
// References:
//   P. Businger, G. H. Golub, "Linear least squares solutions by Householder transformations",
//     Numerische Mathematik 7 (1965) 269-276 (column pivoting).
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.4.2 (QR with column pivoting).
//   R Core Team, src/appl/dqrdc2.f (LINPACK dqrdc modified for limited pivoting, used by lm and qr).
//   T. F. Chan, "Rank revealing QR factorizations", Linear Algebra Appl. 88/89 (1987) 67-82 (QR of a
//     preliminary triangular factor).
public static class LimitedPivotingQr
{
    /// <summary>Factorizes the (p+1)×(p+1) augmented triangular factor with limited pivoting.</summary>
    /// <param name="augmented">Column-major m×m factor of [X y], m = predictors + 1 (the last column belongs to y).</param>
    /// <param name="predictors">Number of predictor columns p.</param>
    /// <param name="tolerance">Relative tolerance on the remaining column length.</param>
    /// <returns>The kept and aliased columns and the reduced factor.</returns>
    public static PivotedQrFactor Factor(DoubleDouble[] augmented, int predictors, double tolerance)
    {
        var m = predictors + 1;
        var w = (DoubleDouble[])augmented.Clone();
        var order = Enumerable.Range(0, predictors).ToArray();
        var originalNorms = Enumerable.Range(0, predictors).Select(j => Norm(w, m, j, 0)).ToArray();
        var active = predictors;
        var l = 0;
        while (l < active)
        {
            var original = originalNorms[order[l]];
            var remaining = Norm(w, m, l, l);
            if (original.Hi == 0.0 || remaining < original * tolerance)
            {
                MoveToEnd(w, m, order, l, predictors);
                active--;
                continue;
            }

            Reflect(w, m, l, remaining);
            l++;
        }

        var r = new DoubleDouble[active * active];
        var qty = new DoubleDouble[active];
        for (var j = 0; j < active; j++)
        {
            for (var i = 0; i <= j; i++)
            {
                r[i + j * active] = w[i + j * m];
            }

            qty[j] = w[j + predictors * m];
        }

        return new PivotedQrFactor(order[..active], order[active..], r, qty, Norm(w, m, predictors, active));
    }

    private static DoubleDouble Norm(DoubleDouble[] w, int m, int column, int fromRow)
    {
        var sum = DoubleDouble.Zero;
        for (var i = fromRow; i < m; i++)
        {
            var x = w[i + column * m];
            sum += x * x;
        }

        return DoubleDouble.Sqrt(sum);
    }

    private static void MoveToEnd(DoubleDouble[] w, int m, int[] order, int position, int predictors)
    {
        var movedColumn = w.AsSpan(position * m, m).ToArray();
        var movedIndex = order[position];
        for (var j = position; j < predictors - 1; j++)
        {
            w.AsSpan((j + 1) * m, m).CopyTo(w.AsSpan(j * m, m));
            order[j] = order[j + 1];
        }

        movedColumn.CopyTo(w.AsSpan((predictors - 1) * m, m));
        order[predictors - 1] = movedIndex;
    }

    private static void Reflect(DoubleDouble[] w, int m, int l, DoubleDouble norm)
    {
        var alpha = w[l + l * m];
        var beta = alpha.Hi >= 0.0 ? -norm : norm;
        var tau = (beta - alpha) / beta;
        var scale = DoubleDouble.One / (alpha - beta);
        for (var i = l + 1; i < m; i++)
        {
            w[i + l * m] *= scale;
        }

        w[l + l * m] = beta;
        for (var j = l + 1; j < m; j++)
        {
            var s = w[l + j * m];
            for (var i = l + 1; i < m; i++)
            {
                s += w[i + l * m] * w[i + j * m];
            }

            var t = tau * s;
            w[l + j * m] -= t;
            for (var i = l + 1; i < m; i++)
            {
                w[i + j * m] -= t * w[i + l * m];
            }
        }

        for (var i = l + 1; i < m; i++)
        {
            w[i + l * m] = DoubleDouble.Zero;
        }
    }
}
