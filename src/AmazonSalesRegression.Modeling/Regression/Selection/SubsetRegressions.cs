using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace AmazonSalesRegression.Regression.Selection;

/// <summary>
/// Residual sums of squares of every sub-model of one least-squares problem, from a single QR factorization.
/// Objective: RSS(S) = min_b ‖y − [1, X_S]·b‖² for any subset S of candidate columns, in O(m³) per subset instead of O(n·m²).
/// </summary>
/// <remarks>
/// Algorithm: factor the n×m matrix [1, X, y] = Q·R̃ once (Householder); since y and every column lie in the span of Q,
/// ‖y − X_S·b‖ = ‖r̃_y − R̃_S·b‖ for all b, so each sub-model is the small m-row problem on the columns of R̃, solved
/// by a Householder QR whose trailing part of Qᵀr̃_y gives the RSS without cancellation. This is the reduction leaps
/// (Miller's AS 274) works with.
/// </remarks>
// References:
//   A. J. Miller, Subset Selection in Regression, 2nd ed., Chapman & Hall (2002), chapter 2 (the reduced R matrix).
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §5.3.
internal sealed class SubsetRegressions
{
    private readonly Matrix<double> _reduced;
    private readonly IReadOnlyList<int[]> _columnsOf;

    /// <summary>Factors [columns, y] once.</summary>
    /// <param name="columns">The design columns, the intercept (ones) first.</param>
    /// <param name="columnsOf">For each candidate, the indices of its columns in <paramref name="columns"/> (never 0).</param>
    /// <param name="names">Candidate names for error messages.</param>
    /// <param name="y">The response.</param>
    /// <exception cref="ArgumentException">A candidate is (numerically) a linear combination of the intercept and earlier candidates.</exception>
    public SubsetRegressions(IReadOnlyList<double[]> columns, IReadOnlyList<int[]> columnsOf, IReadOnlyList<string> names, double[] y)
    {
        var n = y.Length;
        var m = columns.Count + 1;
        var full = Matrix<double>.Build.Dense(n, m, (i, j) => j < columns.Count ? columns[j][i] : y[i]);
        var r = full.QR(QRMethod.Thin).R;
        for (var j = 1; j < columns.Count; j++)
        {
            if (Math.Abs(r[j, j]) <= 1e-10 * full.Column(j).L2Norm())
            {
                var culprit = names[Enumerable.Range(0, columnsOf.Count).First(c => columnsOf[c].Contains(j))];
                throw new ArgumentException(
                    $"Candidate '{culprit}' is a linear combination of the intercept and earlier candidates; remove it before selecting subsets."
                );
            }
        }

        _reduced = r;
        _columnsOf = columnsOf;
        Observations = n;
    }

    /// <summary>Number of observations n.</summary>
    public int Observations { get; }

    /// <summary>Number of columns of the sub-model with <paramref name="candidates"/>, the intercept included.</summary>
    /// <param name="candidates">Candidate indices.</param>
    /// <returns>1 + the candidates' column counts.</returns>
    public int Parameters(IEnumerable<int> candidates) => 1 + candidates.Sum(c => _columnsOf[c].Length);

    /// <summary>The RSS of the model with the intercept and <paramref name="candidates"/>.</summary>
    /// <param name="candidates">Candidate indices (any order).</param>
    /// <returns>min_b ‖y − X_S·b‖².</returns>
    public double ResidualSumOfSquares(IEnumerable<int> candidates)
    {
        var kept = new[] { 0 }.Concat(candidates.Order().SelectMany(c => _columnsOf[c])).ToArray();
        var m = _reduced.RowCount;
        var a = Matrix<double>.Build.Dense(m, kept.Length, (i, j) => _reduced[i, kept[j]]);
        var qtb = a.QR(QRMethod.Full).Q.TransposeThisAndMultiply(_reduced.Column(m - 1));
        var rss = 0.0;
        for (var i = kept.Length; i < m; i++)
        {
            rss += qtb[i] * qtb[i];
        }

        return rss;
    }
}
