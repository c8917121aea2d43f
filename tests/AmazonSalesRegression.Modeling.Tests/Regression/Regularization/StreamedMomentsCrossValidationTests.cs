using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>
/// Issue 17: the elastic net and its cross-validation from streamed moment sums (one set per fold, merged by Chan et al.'s
/// update) give what the in-memory fits of the rows give.
/// </summary>
public sealed class StreamedMomentsCrossValidationTests
{
    // The streamed moments agree with the in-memory fit to 10 digits, values near 0 measured against 1e-12.
    private const double Digits = 10;
    private const double Floor = 1e-12;

    private const int N = 1000;

    [Theory]
    [InlineData(1.0, false, 3)]
    [InlineData(0.0, false, 3)]
    [InlineData(0.5, false, 8)]
    [InlineData(1.0, true, 0)]
    [InlineData(0.5, true, 0)]
    public void Cross_validation_from_per_fold_moment_sums_equals_the_in_memory_cross_validation(double alpha, bool timeOrdered, int seed)
    {
        // Given shifted, correlated random data, and the in-memory splits and their fold groups
        var (x, y) = Data(seed: 5);
        var splits = timeOrdered ? CrossValidationSplits.TimeOrdered(N, 5) : CrossValidationSplits.KFold(N, 5, seed);
        var folds = timeOrdered ? FoldGroups.TimeOrdered(N, 5) : FoldGroups.KFold(N, 5, seed);
        var options = new ElasticNetOptions { L1Ratio = alpha, Threshold = 1e-18 };

        // When the rows are summed one at a time into their group's moments, and cross-validated from those
        var groups = Enumerable.Range(0, folds.GroupCount).Select(_ => new ElasticNetMoments(x.ColumnCount)).ToArray();
        for (var i = 0; i < N; i++)
        {
            groups[folds.GroupOf(i)].Add(Row(x, i), y[i]);
        }

        var streamed = CrossValidation.ElasticNet(groups, folds, x.Names, options);
        var memory = CrossValidation.ElasticNet(x, y, splits, options);

        // Then the curve, λ_min, λ_1se and the fit at λ_min agree
        Assert.Equal(memory.IndexMin, streamed.IndexMin);
        Assert.Equal(memory.Index1se, streamed.Index1se);
        Tolerance.AssertDigits(memory.Lambdas, streamed.Lambdas, Digits, scale: Floor);
        Tolerance.AssertDigits(memory.CvMean, streamed.CvMean, Digits, scale: Floor);
        Tolerance.AssertDigits(memory.CvStdError, streamed.CvStdError, Digits, scale: Floor);
        Tolerance.AssertDigits(
            [memory.FitAtMin.Intercept, .. memory.FitAtMin.Coefficients],
            [streamed.FitAtMin.Intercept, .. streamed.FitAtMin.Coefficients],
            Digits,
            scale: Floor
        );
    }

    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 0)]
    public void Fold_groups_put_each_row_in_the_test_set_and_training_sets_of_the_matching_split(bool timeOrdered, int seed)
    {
        // Given n rows split in memory and as groups
        var splits = timeOrdered ? CrossValidationSplits.TimeOrdered(N, 6) : CrossValidationSplits.KFold(N, 6, seed);
        var folds = timeOrdered ? FoldGroups.TimeOrdered(N, 6) : FoldGroups.KFold(N, 6, seed);

        // When each split's test and training rows are read off the groups
        var fromGroups = folds.Splits.Select(s =>
            (
                Train: Enumerable.Range(0, N).Where(i => s.Train.Contains(folds.GroupOf(i))).ToArray(),
                Test: Enumerable.Range(0, N).Where(i => folds.GroupOf(i) == s.Test).ToArray()
            )
        );

        // Then they are the in-memory splits' rows
        Assert.Equal(splits.Splits, fromGroups);
    }

    [Fact]
    public void A_fit_at_one_lambda_from_moments_merged_across_parts_equals_the_fit_of_the_rows()
    {
        // Given the rows summed in three parts of uneven size (not multiples of the chunk), merged in order
        var (x, y) = Data(seed: 9);
        var parts = new[] { 0, 300, 301, N }
            .Zip(new[] { 300, 301, N })
            .Select(bounds =>
            {
                var part = new ElasticNetMoments(x.ColumnCount);
                for (var i = bounds.First; i < bounds.Second; i++)
                {
                    part.Add(Row(x, i), y[i]);
                }

                return part;
            })
            .ToArray();
        var options = new ElasticNetOptions { L1Ratio = 0.7, Threshold = 1e-18 };

        // When the elastic net is fitted from the merged sums and from the rows
        var streamed = ElasticNet.Fit(ElasticNetMoments.Combine(parts), x.Names, 0.05, options);
        var memory = ElasticNet.Fit(x, y, 0.05, options);

        // Then the fits agree
        Assert.Equal(N, ElasticNetMoments.Combine(parts).Count);
        Tolerance.AssertDigits(
            [memory.Intercept, .. memory.Coefficients],
            [streamed.Intercept, .. streamed.Coefficients],
            Digits,
            scale: Floor
        );
        Assert.Equal(memory.DevianceRatio, streamed.DevianceRatio, 1e-12);
    }

    private static (DesignMatrix X, double[] Y) Data(int seed)
    {
        var random = new Random(seed);
        var a = Enumerable.Range(0, N).Select(_ => 1000 + (random.NextDouble() * 10)).ToArray();
        var b = a.Select(v => (0.5 * v) + random.NextDouble()).ToArray();
        var c = Enumerable.Range(0, N).Select(_ => random.NextDouble() - 0.5).ToArray();
        var d = Enumerable.Range(0, N).Select(_ => random.NextDouble() * 3).ToArray();
        var y = Enumerable.Range(0, N).Select(i => 50 + (0.3 * a[i]) - (2 * c[i]) + (0.1 * d[i]) + random.NextDouble()).ToArray();
        return (DesignMatrix.FromColumns(["a", "b", "c", "d"], [a, b, c, d]), y);
    }

    private static double[] Row(DesignMatrix x, int i) => [.. Enumerable.Range(0, x.ColumnCount).Select(j => x.Column(j)[i])];
}
