using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>cv.glmnet agreement (fixed foldid) and the split generators.</summary>
public sealed class CrossValidationTests
{
    public static TheoryData<string, double> Cases => GlmnetGolden.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cv_error_its_standard_error_and_the_chosen_lambdas_match_cv_glmnet(string data, double alpha)
    {
        // Given cv.glmnet's result with an explicit foldid
        var (x, y) = GlmnetGolden.Data(data);
        var expected = GlmnetGolden.Case(data, alpha).GetProperty("cv");
        var foldId = expected.Numbers("foldid").Select(f => (int)f).ToArray();

        // When we cross-validate on the same folds
        var cv = CrossValidation.ElasticNet(
            x,
            y,
            CrossValidationSplits.FromFoldIds(foldId),
            new ElasticNetOptions { L1Ratio = alpha, Threshold = 1e-14 }
        );

        // Then cvm and cvsd agree to 6 significant digits and λ_min, λ_1se and the non-zero counts are glmnet's
        var cvm = expected.Numbers("cvm");
        var cvsd = expected.Numbers("cvsd");
        Assert.Equal(cvm.Length, cv.CvMean.Count);
        for (var k = 0; k < cvm.Length; k++)
        {
            Tolerance.AssertDigits(cvm[k], cv.CvMean[k], 6, $"cvm[{k}]");
            Tolerance.AssertDigits(cvsd[k], cv.CvStdError[k], 6, $"cvsd[{k}]");
        }

        Tolerance.AssertDigits(expected.GetProperty("lambda_min").GetDouble(), cv.LambdaMin, 10, "lambda.min");
        Tolerance.AssertDigits(expected.GetProperty("lambda_1se").GetDouble(), cv.Lambda1se, 10, "lambda.1se");
        Assert.Equal(expected.Numbers("nzero"), cv.Path.NonZero.Select(v => (double)v).ToArray());
    }

    [Fact]
    public void The_alpha_grid_ranks_by_minimum_cv_error_on_shared_folds()
    {
        // Given fixed folds of the correlated data
        var (x, y) = GlmnetGolden.Data("correlated");
        var splits = CrossValidationSplits.KFold(x.Rows, 5, seed: 7);

        // When three α values are cross-validated
        var results = CrossValidation.L1RatioGrid(x, y, splits, [0.0, 0.5, 1.0]);

        // Then they come back best first, each equal to a separate CV run on the same folds
        Assert.Equal(3, results.Count);
        Assert.True(results[0].MinError <= results[1].MinError && results[1].MinError <= results[2].MinError);
        var single = CrossValidation.ElasticNet(x, y, splits, new ElasticNetOptions { L1Ratio = results[0].Path.L1Ratio });
        Assert.Equal(single.CvMean, results[0].CvMean);
    }

    [Fact]
    public void Seeded_k_fold_is_reproducible_and_balanced()
    {
        // Given / When two assignments with the same seed and one with another
        var a = CrossValidationSplits.KFold(23, 4, seed: 1);
        var b = CrossValidationSplits.KFold(23, 4, seed: 1);
        var c = CrossValidationSplits.KFold(23, 4, seed: 2);

        // Then the same seed gives the same folds, fold sizes differ by at most one, and the tests partition the rows
        Assert.Equal(a.Splits.Select(s => s.Test), b.Splits.Select(s => s.Test));
        Assert.NotEqual(a.Splits.Select(s => s.Test), c.Splits.Select(s => s.Test));
        Assert.Equal([6, 6, 6, 5], a.Splits.Select(s => s.Test.Length));
        Assert.Equal(Enumerable.Range(0, 23), a.Splits.SelectMany(s => s.Test).Order());
    }

    [Fact]
    public void Time_ordered_splits_expand_the_window_like_TimeSeriesSplit()
    {
        // Given 10 rows, 3 splits and a gap of 1
        // When the splits are made
        var splits = CrossValidationSplits.TimeOrdered(10, 3, gap: 1).Splits;

        // Then, as scikit-learn's TimeSeriesSplit(n_splits=3, gap=1): test blocks of 2 after an expanding training window
        Assert.Equal([0, 1, 2], splits[0].Train);
        Assert.Equal([4, 5], splits[0].Test);
        Assert.Equal([0, 1, 2, 3, 4], splits[1].Train);
        Assert.Equal([6, 7], splits[1].Test);
        Assert.Equal([8, 9], splits[2].Test);
        Assert.All(splits, s => Assert.True(s.Train.Max() < s.Test.Min() - 1));
    }
}
