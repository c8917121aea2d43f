namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Train/test splits of n rows for cross-validation: k-fold partitions (seeded or from an explicit fold id per
/// row, as glmnet's <c>foldid</c>) or time-ordered expanding-window splits (rolling origin, as scikit-learn's
/// <c>TimeSeriesSplit</c>).
/// </summary>
public sealed partial class CrossValidationSplits
{
    private CrossValidationSplits(int rows, IReadOnlyList<(int[] Train, int[] Test)> splits)
    {
        Rows = rows;
        Splits = splits;
    }

    /// <summary>Number of rows the splits index.</summary>
    public int Rows { get; }

    /// <summary>The splits: row indices to fit on and to evaluate on.</summary>
    public IReadOnlyList<(int[] Train, int[] Test)> Splits { get; }

    /// <summary>
    /// Seeded k-fold assignment: the labels 1..K repeated to length n (as <c>rep(1:K, length = n)</c>) are
    /// shuffled by a Fisher–Yates shuffle driven by <see cref="Random"/>(<paramref name="seed"/>). The same seed
    /// gives the same folds, but not R's folds (R's generator differs); pass glmnet's fold ids to
    /// <see cref="FromFoldIds"/> to reproduce cv.glmnet.
    /// </summary>
    /// <param name="rows">Number of rows n.</param>
    /// <param name="folds">Number of folds K, 2 ≤ K ≤ n.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <returns>The K splits.</returns>
    public static CrossValidationSplits KFold(int rows, int folds, int seed)
    {
        if (folds < 2 || folds > rows)
        {
            throw new ArgumentOutOfRangeException(
                nameof(folds),
                $"The number of folds must be between 2 and the {rows} rows; got {folds}."
            );
        }

        var labels = Enumerable.Range(0, rows).Select(i => i % folds + 1).ToArray();
        Shuffle(labels, seed);
        return FromFoldIds(labels);
    }

    /// <summary>Folds from one label per row, 1..K as glmnet's <c>foldid</c>; fold f is tested on the rows labelled f.</summary>
    /// <param name="foldId">Fold label of each row, every label in 1..K used.</param>
    /// <returns>The K splits, in label order.</returns>
    public static CrossValidationSplits FromFoldIds(IReadOnlyList<int> foldId)
    {
        ArgumentNullException.ThrowIfNull(foldId);
        var k = foldId.Count == 0 ? 0 : foldId.Max();
        if (k < 2 || foldId.Any(f => f < 1) || Enumerable.Range(1, k).Any(f => !foldId.Contains(f)))
        {
            throw new ArgumentException("Fold ids must use every label 1..K with K ≥ 2.", nameof(foldId));
        }

        var splits = Enumerable
            .Range(1, k)
            .Select(f =>
                (
                    Enumerable.Range(0, foldId.Count).Where(i => foldId[i] != f).ToArray(),
                    Enumerable.Range(0, foldId.Count).Where(i => foldId[i] == f).ToArray()
                )
            )
            .ToArray();
        return new CrossValidationSplits(foldId.Count, splits);
    }

    /// <summary>
    /// Time-ordered splits for rows sorted by time (expanding window, rolling origin): with t = ⌊n/(S+1)⌋, split
    /// s (0-based) tests rows [n − (S−s)·t, n − (S−s−1)·t) and trains on every earlier row except the last
    /// <paramref name="gap"/> before the test block, as scikit-learn's <c>TimeSeriesSplit(n_splits=S, gap=g)</c>.
    /// </summary>
    /// <param name="rows">Number of rows n, in time order.</param>
    /// <param name="splits">Number of splits S ≥ 2.</param>
    /// <param name="gap">Rows left out between training and test blocks (≥ 0).</param>
    /// <returns>The S splits.</returns>
    public static CrossValidationSplits TimeOrdered(int rows, int splits, int gap = 0)
    {
        var (firstTest, testSize) = TimeBlocks(rows, splits, gap);
        var result = Enumerable
            .Range(0, splits)
            .Select(s =>
            {
                var start = firstTest + s * testSize;
                return (Enumerable.Range(0, start - gap).ToArray(), Enumerable.Range(start, testSize).ToArray());
            })
            .ToArray();
        return new CrossValidationSplits(rows, result);
    }
}
