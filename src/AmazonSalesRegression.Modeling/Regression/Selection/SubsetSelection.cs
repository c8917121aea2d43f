using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression.Selection;

/// <summary>
/// Best-subset and forward-stepwise selection of linear-model predictors (ISLP §6.1): for each size k the model with
/// the smallest RSS among the searched ones, then Cp, AIC, BIC and adjusted R² to choose among sizes. Every model
/// keeps the intercept. Candidates are the terms of a formula (a categorical term enters or leaves as a whole) or the
/// columns of a design matrix.
/// </summary>
/// <remarks>
/// Best subset is exhaustive: 2^p fits, refused beyond <see cref="MaxBestSubsetCandidates"/> candidates (use forward
/// stepwise, p(p + 1)/2 fits). Both reuse one QR factorization of the full design (<see cref="SubsetRegressions"/>),
/// so n only enters once. Results agree with R's <c>leaps::regsubsets</c> (method "exhaustive" and "forward").
/// </remarks>
// References:
//   G. James, D. Witten, T. Hastie, R. Tibshirani, J. Taylor, An Introduction to Statistical Learning with Applications
//     in Python, Springer (2023), §6.1 (Algorithms 6.1 and 6.2, equations 6.2-6.4 for Cp, BIC and adjusted R²).
//   C. L. Mallows, "Some comments on Cp", Technometrics 15(4) (1973) 661-675.
//   T. Lumley, leaps: Regression Subset Selection, R package (based on A. Miller's Fortran code).
public static class SubsetSelection
{
    /// <summary>The most candidates best-subset selection accepts: 2^15 = 32 768 fits.</summary>
    public const int MaxBestSubsetCandidates = 15;

    /// <summary>Best-subset selection over the terms of <paramref name="formula"/>, e.g. <c>log_units ~ log_price + promo + C(category)</c>.</summary>
    /// <param name="formula">The full model; each term right of '~' is one candidate; it must keep the intercept.</param>
    /// <param name="data">The rows to fit.</param>
    /// <param name="convention">How AIC and BIC count parameters; default statsmodels' (k = number of coefficients).</param>
    /// <returns>The best model of every size 0 … p and the winners per criterion.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxBestSubsetCandidates"/> terms, no intercept, too few rows, or a redundant term.</exception>
    public static SubsetSelectionResult BestSubset(
        string formula,
        ITabularData data,
        InformationCriterionConvention convention = InformationCriterionConvention.Statsmodels
    ) => Select(FromFormula(formula, data), SubsetSearch.BestSubset, null, convention);

    /// <summary>Best-subset selection over the columns of <paramref name="candidates"/> (without an intercept column; one is always fitted).</summary>
    /// <param name="candidates">One column per candidate predictor.</param>
    /// <param name="y">The response.</param>
    /// <param name="convention">How AIC and BIC count parameters.</param>
    /// <returns>The best model of every size and the winners per criterion.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxBestSubsetCandidates"/> columns, sizes differ, too few rows, or a redundant column.</exception>
    public static SubsetSelectionResult BestSubset(
        DesignMatrix candidates,
        ReadOnlyMemory<double> y,
        InformationCriterionConvention convention = InformationCriterionConvention.Statsmodels
    ) => Select(FromDesign(candidates, y), SubsetSearch.BestSubset, null, convention);

    /// <summary>Forward-stepwise selection over the terms of <paramref name="formula"/>.</summary>
    /// <param name="formula">The full model; each term right of '~' is one candidate; it must keep the intercept.</param>
    /// <param name="data">The rows to fit.</param>
    /// <param name="maxSize">Stop after this many steps; null for every candidate.</param>
    /// <param name="convention">How AIC and BIC count parameters.</param>
    /// <returns>The nested models of sizes 0 … maxSize and the winners per criterion.</returns>
    public static SubsetSelectionResult ForwardStepwise(
        string formula,
        ITabularData data,
        int? maxSize = null,
        InformationCriterionConvention convention = InformationCriterionConvention.Statsmodels
    ) => Select(FromFormula(formula, data), SubsetSearch.ForwardStepwise, maxSize, convention);

    /// <summary>Forward-stepwise selection over the columns of <paramref name="candidates"/>.</summary>
    /// <param name="candidates">One column per candidate predictor, without an intercept column.</param>
    /// <param name="y">The response.</param>
    /// <param name="maxSize">Stop after this many steps; null for every candidate.</param>
    /// <param name="convention">How AIC and BIC count parameters.</param>
    /// <returns>The nested models and the winners per criterion.</returns>
    public static SubsetSelectionResult ForwardStepwise(
        DesignMatrix candidates,
        ReadOnlyMemory<double> y,
        int? maxSize = null,
        InformationCriterionConvention convention = InformationCriterionConvention.Statsmodels
    ) => Select(FromDesign(candidates, y), SubsetSearch.ForwardStepwise, maxSize, convention);

    private static SubsetSelectionResult Select(
        (string[] Names, double[][] Columns, int[][] ColumnsOf, double[] Y) problem,
        SubsetSearch search,
        int? maxSize,
        InformationCriterionConvention convention
    )
    {
        var (names, columns, columnsOf, y) = problem;
        var p = names.Length;
        if (search == SubsetSearch.BestSubset && p > MaxBestSubsetCandidates)
        {
            throw new ArgumentException(
                $"Best-subset selection fits all 2^{p} subsets of the {p} candidates; it is limited to {MaxBestSubsetCandidates}. Use ForwardStepwise for more."
            );
        }

        if (y.Length <= columns.Length)
        {
            throw new ArgumentException(
                $"The full model has {columns.Length} coefficients but only {y.Length} observations; it needs more rows than coefficients."
            );
        }

        var limit = Math.Min(maxSize ?? p, p);
        ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(maxSize));
        var fits = new SubsetRegressions(columns, columnsOf, names, y);
        var chosen = search == SubsetSearch.BestSubset ? Exhaustive(fits, p) : Forward(fits, p, limit);
        var tss = fits.ResidualSumOfSquares([]);
        var sigma2 = fits.ResidualSumOfSquares(Enumerable.Range(0, p)) / (y.Length - columns.Length);
        var models = chosen.Select(subset => Describe(fits, subset, names, tss, sigma2, convention)).ToArray();
        return new SubsetSelectionResult(search, names, y.Length, sigma2, convention, models);
    }

    private static int[][] Exhaustive(SubsetRegressions fits, int p)
    {
        var best = new (double Rss, int[] Subset)[p + 1];
        Array.Fill(best, (double.PositiveInfinity, []));
        for (var mask = 0; mask < 1 << p; mask++)
        {
            var subset = Enumerable.Range(0, p).Where(c => (mask & (1 << c)) != 0).ToArray();
            var rss = fits.ResidualSumOfSquares(subset);
            if (rss < best[subset.Length].Rss)
            {
                best[subset.Length] = (rss, subset);
            }
        }

        return best.Select(b => b.Subset).ToArray();
    }

    private static int[][] Forward(SubsetRegressions fits, int p, int limit)
    {
        var path = new List<int[]> { Array.Empty<int>() };
        var current = new List<int>();
        for (var step = 0; step < limit; step++)
        {
            var next = Enumerable.Range(0, p).Where(c => !current.Contains(c)).MinBy(c => fits.ResidualSumOfSquares(current.Append(c)));
            current.Add(next);
            path.Add([.. current.Order()]);
        }

        return [.. path];
    }

    private static SubsetModel Describe(
        SubsetRegressions fits,
        int[] subset,
        string[] names,
        double tss,
        double sigma2,
        InformationCriterionConvention convention
    )
    {
        var n = fits.Observations;
        var rss = fits.ResidualSumOfSquares(subset);
        var k = fits.Parameters(subset);
        var statistics = new FitStatistics(n, k, true, rss, tss);
        return new SubsetModel(
            subset.Length,
            subset.Select(c => names[c]).ToArray(),
            k,
            rss,
            statistics.RSquared,
            statistics.AdjustedRSquared,
            (rss + (2.0 * (k - 1) * sigma2)) / n,
            (rss / sigma2) - n + (2.0 * k),
            statistics.GetAic(convention),
            statistics.GetBic(convention)
        );
    }

    private static (string[], double[][], int[][], double[]) FromDesign(DesignMatrix candidates, ReadOnlyMemory<double> y)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.StartsWithIntercept)
        {
            throw new ArgumentException(
                "Pass the candidate columns without an intercept column; every model fits one.",
                nameof(candidates)
            );
        }

        if (y.Length != candidates.Rows)
        {
            throw new ArgumentException($"y has {y.Length} values; the design has {candidates.Rows} rows.", nameof(y));
        }

        var columns = new[] { Enumerable.Repeat(1.0, candidates.Rows).ToArray() }
            .Concat(Enumerable.Range(0, candidates.ColumnCount).Select(j => candidates.Column(j).ToArray()))
            .ToArray();
        var columnsOf = Enumerable.Range(1, candidates.ColumnCount).Select(j => new[] { j }).ToArray();
        return ([.. candidates.Names], columns, columnsOf, y.ToArray());
    }

    private static (string[], double[][], int[][], double[]) FromFormula(string formula, ITabularData data)
    {
        var model = ModelMatrix.Build(formula, data);
        if (!model.HasIntercept)
        {
            throw new FormulaException(formula, 0, "subset selection keeps the intercept in every model; remove '- 1' / '+ 0'");
        }

        var terms = model.Terms.Where(t => !t.IsIntercept).ToArray();
        var columnsOf = terms.Select(t => Enumerable.Range(t.FirstColumn, t.ColumnCount).ToArray()).ToArray();
        return (terms.Select(t => t.Name).ToArray(), [.. model.Columns], columnsOf, model.Response!);
    }
}
