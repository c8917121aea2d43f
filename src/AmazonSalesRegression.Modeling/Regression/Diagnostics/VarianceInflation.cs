using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>
/// Variance inflation of each predictor column (VIF) and of each term (GVIF, for factors that span several columns),
/// for a model with an intercept.
/// </summary>
/// <remarks>
/// VIFⱼ = 1 / (1 − R²ⱼ), where R²ⱼ comes from the auxiliary regression of column j on the other predictors with an intercept;
/// it equals the j-th diagonal element of the inverse correlation matrix of the predictors, which is how it is computed here.
/// GVIF of a term with columns S is det(R_SS)·det(R_TT) / det(R) (T the other columns); GVIF^(1/(2·df)) is comparable
/// across terms of different sizes. Columns that the fit found aliased get an infinite value; the others are computed without them.
/// </remarks>
// References:
//   Marquardt, D. W. (1970). Generalized inverses, ridge regression, biased linear estimation, and nonlinear estimation. Technometrics 12(3), 591-612.
//   Fox, J. & Monette, G. (1992). Generalized collinearity diagnostics. Journal of the American Statistical Association 87(417), 178-183.
public static class VarianceInflation
{
    /// <summary>The VIF of each predictor column.</summary>
    /// <param name="predictors">The design columns other than the intercept; they must not be exactly collinear.</param>
    public static double[] Columns(IReadOnlyList<double[]> predictors)
    {
        var inverse = Correlation(predictors).Inverse();
        return Enumerable.Range(0, predictors.Count).Select(j => inverse[j, j]).ToArray();
    }

    /// <summary>The VIF of each regressor of <paramref name="fit"/> by name; aliased columns get +∞.</summary>
    /// <param name="fit">A fit with an intercept.</param>
    public static IReadOnlyDictionary<string, double> Of(OlsResult fit)
    {
        var kept = KeptRegressors(fit);
        var vif = Columns(kept.Select(j => fit.Solution.Design.Column(j).ToArray()).ToArray());
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 1; j < fit.Names.Count; j++)
        {
            var index = Array.IndexOf(kept, j);
            result[fit.Names[j]] = index < 0 ? double.PositiveInfinity : vif[index];
        }

        return result;
    }

    /// <summary>The GVIF of each term of a formula fit (columns of a factor taken together); terms with an aliased column get +∞.</summary>
    /// <param name="fit">A fit made from a formula with an intercept.</param>
    public static IReadOnlyList<(string Term, double Gvif, int Df, double Adjusted)> OfTerms(OlsResult fit)
    {
        var plan = fit.Plan ?? throw new InvalidOperationException("Generalized VIFs need the terms of a formula fit.");
        var kept = KeptRegressors(fit);
        var predictors = kept.Select(j => fit.Solution.Design.Column(j).ToArray()).ToArray();
        var terms = plan.Terms.Where(t => !t.IsIntercept).ToList();
        var groups = terms
            .Select(t => Enumerable.Range(t.FirstColumn, t.ColumnCount).Select(c => Array.IndexOf(kept, c)).ToArray())
            .ToList();
        var complete = groups.Where(g => g.All(i => i >= 0)).ToList();
        var values = Terms(predictors, complete);
        return terms
            .Select(
                (t, i) =>
                    groups[i].Any(c => c < 0)
                        ? (t.Name, double.PositiveInfinity, t.ColumnCount, double.PositiveInfinity)
                        : (t.Name, values[complete.IndexOf(groups[i])].Gvif, t.ColumnCount, values[complete.IndexOf(groups[i])].Adjusted)
            )
            .ToList();
    }

    private static int[] KeptRegressors(OlsResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.HasIntercept)
        {
            throw new InvalidOperationException("Variance inflation factors are defined for models with an intercept.");
        }

        return Enumerable.Range(1, fit.Names.Count - 1).Where(j => !fit.Solution.IsAliased[j]).ToArray();
    }

    /// <summary>The GVIF of each group of columns (a term), and GVIF^(1/(2·df)).</summary>
    /// <param name="predictors">The design columns other than the intercept.</param>
    /// <param name="terms">For each term, the indexes (into <paramref name="predictors"/>) of its columns.</param>
    public static IReadOnlyList<(double Gvif, int Df, double Adjusted)> Terms(
        IReadOnlyList<double[]> predictors,
        IReadOnlyList<int[]> terms
    )
    {
        var correlation = Correlation(predictors);
        var determinant = correlation.Determinant();
        return terms
            .Select(columns =>
            {
                var gvif = Gvif(correlation, columns, determinant);
                return (gvif, columns.Length, Math.Pow(gvif, 1.0 / (2 * columns.Length)));
            })
            .ToList();
    }

    private static double Gvif(Matrix<double> correlation, int[] columns, double determinant)
    {
        var others = Enumerable.Range(0, correlation.RowCount).Except(columns).ToArray();
        var inside = Submatrix(correlation, columns).Determinant();
        var outside = others.Length == 0 ? 1.0 : Submatrix(correlation, others).Determinant();
        return inside * outside / determinant;
    }

    private static Matrix<double> Submatrix(Matrix<double> m, int[] indexes) =>
        Matrix<double>.Build.Dense(indexes.Length, indexes.Length, (i, j) => m[indexes[i], indexes[j]]);

    private static Matrix<double> Correlation(IReadOnlyList<double[]> predictors)
    {
        if (predictors.Count < 2)
        {
            throw new ArgumentException("Variance inflation needs at least two predictors besides the intercept.", nameof(predictors));
        }

        var centred = predictors
            .Select(column =>
            {
                var mean = column.Average();
                var deviations = column.Select(v => v - mean).ToArray();
                var norm = Math.Sqrt(deviations.Sum(d => d * d));
                return norm == 0
                    ? throw new ArgumentException("A predictor is constant; its variance inflation is undefined.", nameof(predictors))
                    : deviations.Select(d => d / norm).ToArray();
            })
            .ToArray();
        return Matrix<double>.Build.Dense(centred.Length, centred.Length, (i, j) => centred[i].Zip(centred[j], (a, b) => a * b).Sum());
    }
}
