namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Cross-validation of the elastic net as R's <c>cv.glmnet</c> does it for the Gaussian family with
/// <c>type.measure = "mse"</c> and <c>grouped = TRUE</c>.
/// </summary>
/// <remarks>
/// The path is first fitted on all rows. Each split's training rows are then fitted with the same options — as
/// cv.glmnet does, a default λ sequence is recomputed for each split (and may stop early), a user sequence is
/// reused — and its predictions at the full-data λ values are obtained by glmnet's linear interpolation in λ
/// (<see cref="ElasticNetPath.Interpolate"/>). The squared errors on the test rows give one MSE per split and λ. The CV error is
/// the mean of the split MSEs weighted by test-set size, its standard error √(weighted variance/(K − 1));
/// λ_min is the largest λ attaining the minimum and λ_1se the largest λ with error ≤ min + its standard error.
/// (cv.glmnet switches to ungrouped errors when folds have fewer than 3 rows; this class always groups.)
/// </remarks>
// References:
//   Friedman, J., Hastie, T. & Tibshirani, R. (2010). Regularization paths for generalized linear models via
//     coordinate descent. Journal of Statistical Software 33(1), 1–22 (section 7, cross-validation and the
//     one-standard-error rule).
//   Hastie, T., Tibshirani, R. & Friedman, J. (2009). The Elements of Statistical Learning, 2nd ed., section 7.10.
public static partial class CrossValidation
{
    /// <summary>Cross-validates the elastic-net path.</summary>
    /// <param name="x">Predictors without an intercept column.</param>
    /// <param name="y">Response.</param>
    /// <param name="splits">The train/test splits (see <see cref="CrossValidationSplits"/>).</param>
    /// <param name="options">Path settings (α, λ sequence, threshold, ...); null for the lasso defaults.</param>
    /// <returns>The CV curve, λ_min, λ_1se and the full-data path.</returns>
    public static CrossValidationResult ElasticNet(
        DesignMatrix x,
        ReadOnlyMemory<double> y,
        CrossValidationSplits splits,
        ElasticNetOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(splits);
        if (splits.Rows != x.Rows)
        {
            throw new ArgumentException($"The splits index {splits.Rows} rows; the design has {x.Rows}.", nameof(splits));
        }

        options ??= new ElasticNetOptions();
        var (path, mse, weights) = options.Intercept ? FromMoments(x, y.Span, splits, options) : FromRows(x, y, splits, options);
        return Summarize(path, mse, weights);
    }

    // The CV curve (weighted mean and standard error of the split MSEs), λ_min and λ_1se.
    private static CrossValidationResult Summarize(ElasticNetPath path, double[][] mse, double[] weights)
    {
        var count = path.Count;

        var total = weights.Sum();
        var folds = weights.Length;
        var cvm = new double[count];
        var cvsd = new double[count];
        for (var k = 0; k < count; k++)
        {
            cvm[k] = Enumerable.Range(0, folds).Sum(f => weights[f] * mse[f][k]) / total;
            var spread = Enumerable.Range(0, folds).Sum(f => weights[f] * Math.Pow(mse[f][k] - cvm[k], 2)) / total;
            cvsd[k] = Math.Sqrt(spread / (folds - 1));
        }

        var (indexMin, index1se) = Choose(path.Lambdas, cvm, cvsd);
        return new CrossValidationResult(path, cvm, cvsd, indexMin, index1se);
    }

    /// <summary>
    /// Fold errors from row moments: one pass over the data per test set, training sets as sums of the other folds'
    /// moments when the test sets partition the rows (k-fold), and test errors as quadratic forms in the moments.
    /// </summary>
    private static (ElasticNetPath Path, double[][] Mse, double[] Weights) FromMoments(
        DesignMatrix x,
        ReadOnlySpan<double> y,
        CrossValidationSplits splits,
        ElasticNetOptions options
    )
    {
        var all = Enumerable.Range(0, x.Rows).ToArray();
        var shiftX = Enumerable.Range(0, x.ColumnCount).Select(j => Mean(x.Column(j))).ToArray();
        var shiftY = Mean(y);
        var data = y.ToArray();
        var folds = splits.Splits.Count;
        var tests = new RowMoments[folds];
        Parallel.For(0, folds, f => tests[f] = RowMoments.Of(x, data, splits.Splits[f].Test, shiftX, shiftY));
        var partition =
            tests.Sum(t => t.Count) == x.Rows
            && splits.Splits.All(s => s.Train.Length + s.Test.Length == x.Rows)
            && splits.Splits.SelectMany(s => s.Test).Distinct().Count() == x.Rows;
        var full = partition ? RowMoments.Combine(tests) : RowMoments.Of(x, data, all, shiftX, shiftY);
        var path = Regularization.ElasticNet.PathOf(StandardizedProblem.FromMoments(full, options.Standardize), x.Rows, x.Names, options);
        var mse = new double[folds][];
        Parallel.For(
            0,
            folds,
            f =>
            {
                var train = partition
                    ? RowMoments.Combine(tests.Where((_, other) => other != f).ToArray())
                    : RowMoments.Of(x, data, splits.Splits[f].Train, shiftX, shiftY);
                var foldPath = Regularization.ElasticNet.PathOf(
                    StandardizedProblem.FromMoments(train, options.Standardize),
                    train.Count,
                    x.Names,
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
        return (path, mse, tests.Select(t => (double)t.Count).ToArray());
    }

    /// <summary>Fold errors by refitting each training set's rows and predicting its test rows (models without an intercept).</summary>
    private static (ElasticNetPath Path, double[][] Mse, double[] Weights) FromRows(
        DesignMatrix x,
        ReadOnlyMemory<double> y,
        CrossValidationSplits splits,
        ElasticNetOptions options
    )
    {
        var path = Regularization.ElasticNet.Path(x, y, options);
        var count = path.Count;
        var mse = new double[splits.Splits.Count][];
        var weights = new double[splits.Splits.Count];

        // Folds are independent: fit them in parallel; each writes only its own slots, so the result does not depend on scheduling.
        Parallel.For(
            0,
            splits.Splits.Count,
            f =>
            {
                var (train, test) = splits.Splits[f];
                var foldPath = Regularization.ElasticNet.Path(Rows(x, train), Pick(y.Span, train), options);
                var testX = Rows(x, test);
                var testY = Pick(y.Span, test);
                weights[f] = test.Length;
                mse[f] = new double[count];
                for (var k = 0; k < count; k++)
                {
                    var yHat = foldPath.Interpolate(path.Lambdas[k]).Predict(testX);
                    mse[f][k] = testY.Zip(yHat, (a, b) => (a - b) * (a - b)).Average();
                }
            }
        );
        return (path, mse, weights);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>
    /// Cross-validates one path per mixing parameter α (<see cref="ElasticNetOptions.L1Ratio"/>) on the same splits and returns them all, best (lowest minimum CV error) first.
    /// </summary>
    /// <param name="x">Predictors without an intercept column.</param>
    /// <param name="y">Response.</param>
    /// <param name="splits">The splits, shared by every α.</param>
    /// <param name="l1Ratios">Candidate α values in [0, 1].</param>
    /// <param name="options">Other path settings; null for glmnet's defaults.</param>
    /// <returns>The results ordered by minimum CV error (ties keep the given order).</returns>
    public static IReadOnlyList<CrossValidationResult> L1RatioGrid(
        DesignMatrix x,
        ReadOnlyMemory<double> y,
        CrossValidationSplits splits,
        IReadOnlyList<double> l1Ratios,
        ElasticNetOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(l1Ratios);
        if (l1Ratios.Count == 0)
        {
            throw new ArgumentException("Give at least one α.", nameof(l1Ratios));
        }

        options ??= new ElasticNetOptions();
        return l1Ratios.Select(a => ElasticNet(x, y, splits, options with { L1Ratio = a })).OrderBy(r => r.MinError).ToArray();
    }

    private static (int Min, int OneSe) Choose(IReadOnlyList<double> lambdas, double[] cvm, double[] cvsd)
    {
        var smallest = cvm.Min();
        var min = Largest(lambdas, k => cvm[k] <= smallest);
        var bound = cvm[min] + cvsd[min];
        return (min, Largest(lambdas, k => cvm[k] <= bound));
    }

    private static int Largest(IReadOnlyList<double> lambdas, Func<int, bool> eligible) =>
        Enumerable.Range(0, lambdas.Count).Where(eligible).MaxBy(k => lambdas[k]);

    private static DesignMatrix Rows(DesignMatrix x, int[] rows) =>
        DesignMatrix.FromColumns(x.Names, Enumerable.Range(0, x.ColumnCount).Select(j => Pick(x.Column(j), rows)).ToArray());

    private static double[] Pick(ReadOnlySpan<double> values, int[] rows)
    {
        var result = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }
}
