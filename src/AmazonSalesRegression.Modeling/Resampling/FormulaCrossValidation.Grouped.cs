using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Resampling;

// Grouped splits: every row of a group (e.g. every day of one SKU) falls on the same side of each split.
// References:
//   Roberts, D. R. et al. (2017). Cross-validation strategies for data with temporal, spatial, hierarchical, or
//     phylogenetic structure. Ecography 40(8), 913–929 (blocked cross-validation by group).
//   scikit-learn 1.2 user guide, section 3.1.2.3 "Cross-validation iterators for grouped data" (LeaveOneGroupOut, GroupKFold).
public static partial class FormulaCrossValidation
{
    /// <summary>
    /// Leave-one-group-out splits, as scikit-learn's <c>LeaveOneGroupOut</c>: one split per distinct group, in ordinal
    /// order of the labels (numpy's <c>np.unique</c> order), testing on that group's rows and training on all others.
    /// Fold k of <see cref="Run"/> therefore held out the k-th label of <c>groups.Distinct().Order(StringComparer.Ordinal)</c>.
    /// </summary>
    /// <param name="groups">The group label of every row, e.g. the <c>sku</c> column.</param>
    /// <returns>One split per group; row indices increase within each part.</returns>
    /// <exception cref="ArgumentException">A label is null, or there are fewer than two groups.</exception>
    public static IReadOnlyList<(int[] Train, int[] Test)> LeaveOneGroupOut(IReadOnlyList<string> groups)
    {
        var (codes, labels) = GroupCodes(groups);
        return Enumerable.Range(0, labels.Length).Select(g => Split(codes, fold => fold == g)).ToArray();
    }

    /// <summary>Leave-one-group-out splits by a text column of <paramref name="data"/>, e.g. <c>LeaveOneGroupOut(data, "sku")</c>.</summary>
    /// <param name="data">The rows <see cref="Run"/> will split.</param>
    /// <param name="groupColumn">A text column holding each row's group.</param>
    /// <returns>One split per group, in ordinal label order.</returns>
    /// <exception cref="ArgumentException">The column is missing or not text, or it has fewer than two groups.</exception>
    public static IReadOnlyList<(int[] Train, int[] Test)> LeaveOneGroupOut(ITabularData data, string groupColumn) =>
        LeaveOneGroupOut(GroupColumn(data, groupColumn));

    /// <summary>
    /// K folds of whole groups, as scikit-learn's <c>GroupKFold</c>: groups are taken from the largest to the smallest
    /// (ties: the ordinally later label first) and each goes to the fold with the fewest rows so far (ties: the lower
    /// fold). This reproduces scikit-learn's folds whenever the group sizes are distinct; with equal sizes, numpy's
    /// unstable sort may order ties differently.
    /// </summary>
    /// <param name="groups">The group label of every row.</param>
    /// <param name="folds">Number of folds K, 2 ≤ K ≤ number of groups.</param>
    /// <returns>K splits, in fold order; row indices increase within each part.</returns>
    /// <exception cref="ArgumentException">A label is null, or K is outside [2, number of groups].</exception>
    public static IReadOnlyList<(int[] Train, int[] Test)> GroupKFold(IReadOnlyList<string> groups, int folds)
    {
        var (codes, labels) = GroupCodes(groups);
        if (folds < 2 || folds > labels.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(folds),
                folds,
                $"The number of folds must be between 2 and the {labels.Length} groups."
            );
        }

        var sizes = new int[labels.Length];
        foreach (var code in codes)
        {
            sizes[code]++;
        }

        var load = new long[folds];
        var foldOf = new int[labels.Length];
        foreach (var g in Enumerable.Range(0, labels.Length).OrderByDescending(g => sizes[g]).ThenByDescending(g => g))
        {
            var lightest = Array.IndexOf(load, load.Min());
            load[lightest] += sizes[g];
            foldOf[g] = lightest;
        }

        return Enumerable.Range(0, folds).Select(k => Split(codes, g => foldOf[g] == k)).ToArray();
    }

    /// <summary>K folds of whole groups by a text column of <paramref name="data"/>; see <see cref="GroupKFold(IReadOnlyList{string}, int)"/>.</summary>
    /// <param name="data">The rows <see cref="Run"/> will split.</param>
    /// <param name="groupColumn">A text column holding each row's group.</param>
    /// <param name="folds">Number of folds K.</param>
    /// <returns>K splits.</returns>
    public static IReadOnlyList<(int[] Train, int[] Test)> GroupKFold(ITabularData data, string groupColumn, int folds) =>
        GroupKFold(GroupColumn(data, groupColumn), folds);

    private static (int[] Train, int[] Test) Split(int[] codes, Func<int, bool> isTest) =>
        (
            Enumerable.Range(0, codes.Length).Where(i => !isTest(codes[i])).ToArray(),
            Enumerable.Range(0, codes.Length).Where(i => isTest(codes[i])).ToArray()
        );

    private static (int[] Codes, string[] Labels) GroupCodes(IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is null)
            {
                throw new ArgumentException($"Row {i} has no group label.", nameof(groups));
            }
        }

        var labels = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException($"Grouped cross-validation needs at least two groups; got {labels.Length}.", nameof(groups));
        }

        var index = labels.Select((label, g) => (label, g)).ToDictionary(p => p.label, p => p.g, StringComparer.Ordinal);
        return (groups.Select(label => index[label]).ToArray(), labels);
    }

    private static IReadOnlyList<string> GroupColumn(ITabularData data, string column)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.KindOf(column) == ColumnKind.Text
            ? data.Text(column)
            : throw new ArgumentException(
                $"{data.SourceName}: the group column '{column}' must be a text column; columns: {string.Join(", ", data.ColumnNames)}.",
                nameof(column)
            );
    }
}
