using AmazonSalesRegression.Regression.Streaming;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Streaming;

public sealed class StreamingOlsMergeTests
{
    [Theory]
    [InlineData("hetero", true)]
    [InlineData("collinear", true)]
    [InlineData("nointercept", false)]
    public void Merging_fits_of_three_blocks_equals_one_fit_of_all_rows(string name, bool intercept)
    {
        // Given the rows of a golden data set in one fit, and in three uneven blocks fitted separately
        var (names, columns) = OlsGolden.Data(name);
        var n = columns[0].Length;
        var whole = Fit(names, columns, intercept, 0, n);
        var merged = Fit(names, columns, intercept, 0, n / 5);
        var middle = Fit(names, columns, intercept, n / 5, (2 * n) / 3);
        var last = Fit(names, columns, intercept, (2 * n) / 3, n);

        // When the blocks are merged
        merged.Merge(middle);
        merged.Merge(last);

        // Then the merged fit is the single fit: rows, coefficients, standard errors, aliasing and model statistics
        var expected = whole.Solve();
        var actual = merged.Solve();
        Assert.Equal(whole.Rows, merged.Rows);
        Assert.Equal(expected.AliasedColumns, actual.AliasedColumns);
        Tolerance.AssertDigits(Estimates(expected), Estimates(actual), 12, "estimate");
        Tolerance.AssertDigits(
            [.. expected.Coefficients.Where(c => !c.IsAliased).Select(c => c.StandardError)],
            [.. actual.Coefficients.Where(c => !c.IsAliased).Select(c => c.StandardError)],
            12,
            "std error"
        );
        Tolerance.AssertDigits(expected.Statistics.TotalSumOfSquares, actual.Statistics.TotalSumOfSquares, 13, "TSS");
        Tolerance.AssertDigits(expected.Statistics.ResidualSumOfSquares, actual.Statistics.ResidualSumOfSquares, 12, "RSS");
    }

    [Fact]
    public void Merging_an_empty_fit_changes_nothing()
    {
        // Given a fit of a golden data set and an empty fit of the same columns
        var (names, columns) = OlsGolden.Data("hetero");
        var fit = Fit(names, columns, true, 0, columns[0].Length);
        var before = fit.Solve();

        // When the empty fit is merged
        fit.Merge(new StreamingOls(names[1..]));

        // Then the result is unchanged
        var after = fit.Solve();
        Assert.Equal(Estimates(before), Estimates(after));
        Assert.Equal(before.Statistics, after.Statistics);
    }

    [Fact]
    public void Fits_of_different_columns_do_not_merge()
    {
        // Given fits of different predictors
        var fit = new StreamingOls(["a", "b"]);
        var other = new StreamingOls(["a", "c"]);

        // When they are merged
        var error = Assert.Throws<ArgumentException>(() => fit.Merge(other));

        // Then the error says why
        Assert.Contains("different columns", error.Message);
    }

    private static StreamingOls Fit(string[] names, double[][] columns, bool intercept, int from, int to)
    {
        var fit = new StreamingOls(names[1..], intercept);
        var row = new double[names.Length - 1];
        for (var i = from; i < to; i++)
        {
            for (var j = 1; j < names.Length; j++)
            {
                row[j - 1] = columns[j][i];
            }

            fit.Add(row, columns[0][i]);
        }

        return fit;
    }

    private static double[] Estimates(StreamingOlsResult result) =>
        [.. result.Coefficients.Where(c => !c.IsAliased).Select(c => c.Estimate)];
}
