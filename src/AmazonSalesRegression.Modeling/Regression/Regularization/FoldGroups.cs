namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// The splits of <see cref="CrossValidationSplits.KFold"/> and <see cref="CrossValidationSplits.TimeOrdered"/> (without
/// a gap) as disjoint groups of rows: each split tests one group and trains on a union of others, so cross-validation
/// can sum each group's moments in one pass over the rows and never hold an index array per split.
/// </summary>
/// <remarks>
/// k-fold: group f is fold f (labels 1..K shuffled exactly as <see cref="CrossValidationSplits.KFold"/> shuffles them),
/// kept as one byte per row when K ≤ 255 and one int per row otherwise; split f tests group f and trains on the others.
/// Time-ordered: group 0 is the rows before the first test block and group s + 1 the test block of split s, computed from
/// the row index (no per-row storage); split s tests group s + 1 and trains on groups 0..s.
/// </remarks>
public sealed class FoldGroups
{
    private readonly byte[]? _smallLabels;
    private readonly int[]? _labels;
    private readonly int _firstTest;
    private readonly int _testSize;

    private FoldGroups(int rows, int groups, IReadOnlyList<(IReadOnlyList<int> Train, int Test)> splits)
    {
        Rows = rows;
        GroupCount = groups;
        Splits = splits;
    }

    private FoldGroups(int rows, int folds, byte[]? smallLabels, int[]? labels)
        : this(
            rows,
            folds,
            [.. Enumerable.Range(0, folds).Select(f => ((IReadOnlyList<int>)[.. Enumerable.Range(0, folds).Where(g => g != f)], f))]
        )
    {
        _smallLabels = smallLabels;
        _labels = labels;
    }

    private FoldGroups(int rows, int splits, int firstTest, int testSize)
        : this(rows, splits + 1, [.. Enumerable.Range(0, splits).Select(s => ((IReadOnlyList<int>)[.. Enumerable.Range(0, s + 1)], s + 1))])
    {
        _firstTest = firstTest;
        _testSize = testSize;
    }

    /// <summary>Number of rows n.</summary>
    public int Rows { get; }

    /// <summary>Number of disjoint groups the rows fall into.</summary>
    public int GroupCount { get; }

    /// <summary>Each split's training groups and test group, in the order of <see cref="CrossValidationSplits.Splits"/>.</summary>
    public IReadOnlyList<(IReadOnlyList<int> Train, int Test)> Splits { get; }

    /// <summary>The k-fold groups of <see cref="CrossValidationSplits.KFold"/>(<paramref name="rows"/>, <paramref name="folds"/>, <paramref name="seed"/>).</summary>
    /// <param name="rows">Number of rows n.</param>
    /// <param name="folds">Number of folds K, 2 ≤ K ≤ n.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <returns>K groups, one per fold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">K is out of range.</exception>
    public static FoldGroups KFold(int rows, int folds, int seed)
    {
        if (folds < 2 || folds > rows)
        {
            throw new ArgumentOutOfRangeException(
                nameof(folds),
                $"The number of folds must be between 2 and the {rows} rows; got {folds}."
            );
        }

        if (folds <= byte.MaxValue)
        {
            var small = new byte[rows];
            for (var i = 0; i < rows; i++)
            {
                small[i] = (byte)(i % folds);
            }

            CrossValidationSplits.Shuffle(small, seed);
            return new FoldGroups(rows, folds, small, null);
        }

        var labels = Enumerable.Range(0, rows).Select(i => i % folds).ToArray();
        CrossValidationSplits.Shuffle(labels, seed);
        return new FoldGroups(rows, folds, null, labels);
    }

    /// <summary>The groups of <see cref="CrossValidationSplits.TimeOrdered"/>(<paramref name="rows"/>, <paramref name="splits"/>) with no gap.</summary>
    /// <param name="rows">Number of rows n, in time order.</param>
    /// <param name="splits">Number of splits S ≥ 2.</param>
    /// <returns>S + 1 groups: the rows before the first test block, then each test block.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Too few splits or rows.</exception>
    public static FoldGroups TimeOrdered(int rows, int splits)
    {
        var (firstTest, testSize) = CrossValidationSplits.TimeBlocks(rows, splits, 0);
        return new FoldGroups(rows, splits, firstTest, testSize);
    }

    /// <summary>The group of row <paramref name="row"/> (0-based, among the rows used).</summary>
    /// <param name="row">The row index, 0 ≤ row &lt; n.</param>
    /// <returns>Its group, 0 ≤ group &lt; <see cref="GroupCount"/>.</returns>
    public int GroupOf(int row) =>
        _smallLabels is { } small ? small[row]
        : _labels is { } labels ? labels[row]
        : row < _firstTest ? 0
        : 1 + ((row - _firstTest) / _testSize);
}
