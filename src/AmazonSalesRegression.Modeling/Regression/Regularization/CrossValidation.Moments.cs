namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>Cross-validation from one set of streamed moment sums per group of rows.</summary>
public static partial class CrossValidation
{
    /// <summary>
    /// Cross-validates the elastic-net path with an intercept from per-group moment sums, with the result of
    /// <see cref="ElasticNet(DesignMatrix, ReadOnlyMemory{double}, CrossValidationSplits, ElasticNetOptions?)"/> on the
    /// same rows and the matching splits: the full data's moments merge every group, a split's training moments merge
    /// its training groups (Chan et al.'s pairwise merge in centred form, never a subtraction), and the test MSE at
    /// each λ is the quadratic form of <see cref="RowMoments.SquaredError"/> in the test group's moments centred at its
    /// own means, so no row is read again.
    /// </summary>
    /// <param name="groups">The moment sums of each group, in group order (see <see cref="FoldGroups.GroupOf"/>).</param>
    /// <param name="folds">The groups and the splits over them.</param>
    /// <param name="names">Predictor names, in column order.</param>
    /// <param name="options">Path settings (the intercept must be on); null for the lasso defaults.</param>
    /// <returns>The CV curve, λ_min, λ_1se and the full-data path.</returns>
    /// <exception cref="ArgumentException">The groups do not match <paramref name="folds"/>, or invalid settings or data.</exception>
    public static CrossValidationResult ElasticNet(
        IReadOnlyList<ElasticNetMoments> groups,
        FoldGroups folds,
        IReadOnlyList<string> names,
        ElasticNetOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(folds);
        options ??= new ElasticNetOptions();
        if (groups.Count != folds.GroupCount || groups.Sum(g => g.Count) != folds.Rows)
        {
            throw new ArgumentException(
                $"{groups.Count} groups of {groups.Sum(g => g.Count)} rows; the splits have {folds.GroupCount} groups of {folds.Rows} rows.",
                nameof(groups)
            );
        }

        var full = Regularization.ElasticNet.Validate(ElasticNetMoments.Combine(groups), names, options);
        var path = Regularization.ElasticNet.PathOf(StandardizedProblem.FromMoments(full, options.Standardize), full.Count, names, options);
        var tests = folds.Splits.Select(s => groups[s.Test].ToRowMoments()).ToArray();
        var mse = new double[folds.Splits.Count][];
        Parallel.For(
            0,
            folds.Splits.Count,
            f =>
            {
                var train = ElasticNetMoments.Combine(folds.Splits[f].Train.Select(g => groups[g])).ToRowMoments();
                var foldPath = Regularization.ElasticNet.PathOf(
                    StandardizedProblem.FromMoments(train, options.Standardize),
                    train.Count,
                    names,
                    options
                );
                mse[f] = path
                    .Lambdas.Select(lambda =>
                    {
                        var fit = foldPath.Interpolate(lambda);
                        return tests[f].SquaredError(fit.Intercept, fit.Coefficients) / tests[f].Count;
                    })
                    .ToArray();
            }
        );
        return Summarize(path, mse, tests.Select(t => (double)t.Count).ToArray());
    }
}
