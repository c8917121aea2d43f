namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>The pieces of the splits that <see cref="FoldGroups"/> shares, so that both assign rows alike.</summary>
public sealed partial class CrossValidationSplits
{
    /// <summary>Shuffles the fold labels in place by a Fisher–Yates shuffle driven by <see cref="Random"/>(<paramref name="seed"/>).</summary>
    /// <typeparam name="T">The label type (an int per row, or a byte when there are at most 255 folds).</typeparam>
    /// <param name="labels">The labels 1..K repeated to the number of rows.</param>
    /// <param name="seed">Seed of the shuffle.</param>
    // References:
    //   Knuth, D. E. (1997). The Art of Computer Programming, vol. 2, 3rd ed., section 3.4.2, algorithm P.
    internal static void Shuffle<T>(T[] labels, int seed)
    {
        var random = new Random(seed);
        for (var i = labels.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (labels[i], labels[j]) = (labels[j], labels[i]);
        }
    }

    /// <summary>
    /// The first test row and the test-block length t = ⌊n/(S+1)⌋ of <see cref="TimeOrdered"/>'s expanding-window splits,
    /// checked: every test block holds a row, and the first training set at least two.
    /// </summary>
    /// <param name="rows">Number of rows n, in time order.</param>
    /// <param name="splits">Number of splits S ≥ 2.</param>
    /// <param name="gap">Rows left out between training and test blocks (≥ 0).</param>
    /// <returns>The first test row n − S·t and t.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Too few splits or rows, or a negative gap.</exception>
    internal static (int FirstTest, int TestSize) TimeBlocks(int rows, int splits, int gap)
    {
        if (splits < 2 || gap < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(splits),
                $"Time-ordered CV needs at least 2 splits and a gap ≥ 0; got {splits} and {gap}."
            );
        }

        var testSize = rows / (splits + 1);
        var firstTest = rows - splits * testSize;
        if (testSize < 1 || firstTest - gap < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(splits),
                $"{rows} rows are too few for {splits} time-ordered splits with gap {gap}."
            );
        }

        return (firstTest, testSize);
    }
}
