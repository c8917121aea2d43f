using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Streaming;

public sealed class StreamingResidualsTests
{
    [Theory]
    [InlineData("hetero", true)]
    [InlineData("nointercept", false)]
    public void The_residual_pass_gives_the_in_memory_fit_s_statistics_and_diagnostics(string name, bool intercept)
    {
        // Given a golden data set fitted in memory and by two streaming passes
        var (names, columns) = OlsGolden.Data(name);
        var reference = Ols.Fit(columns[1..], columns[0], names[1..], intercept);
        var residuals = SecondPass(names, columns, intercept, null, false);

        // When the statistics of the residual pass are taken
        var statistics = residuals.Statistics();
        var diagnostics = residuals.Diagnostics();
        var expected = reference.GetResidualDiagnostics();

        // Then they agree with the in-memory fit's
        Tolerance.AssertDigits(reference.ResidualSumOfSquares, statistics.ResidualSumOfSquares, 12, "RSS");
        Tolerance.AssertDigits(reference.TotalSumOfSquares, statistics.TotalSumOfSquares, 14, "TSS");
        Tolerance.AssertDigits(expected.DurbinWatson, diagnostics.DurbinWatson, 12, "Durbin-Watson");
        Tolerance.AssertDigits(expected.Skewness, diagnostics.Skewness, 10, "skewness");
        Tolerance.AssertDigits(expected.Kurtosis, diagnostics.Kurtosis, 12, "kurtosis");
        Tolerance.AssertDigits(expected.JarqueBera.Statistic, diagnostics.JarqueBera.Statistic, 10, "Jarque-Bera");
        Tolerance.AssertDigits(expected.Omnibus.Statistic, diagnostics.Omnibus.Statistic, 10, "omnibus");
        Tolerance.AssertDigits(expected.ConditionNumber, diagnostics.ConditionNumber, 10, "condition number");
        Tolerance.AssertDigits(
            [.. reference.Coefficients.Select(c => c.StandardError)],
            [.. residuals.Coefficients().Select(c => c.StandardError)],
            12,
            "std error"
        );
    }

    [Theory]
    [InlineData(HeteroscedasticityConsistentType.HC0)]
    [InlineData(HeteroscedasticityConsistentType.HC1)]
    [InlineData(HeteroscedasticityConsistentType.HC2)]
    [InlineData(HeteroscedasticityConsistentType.HC3)]
    public void The_streamed_sandwich_is_the_in_memory_robust_covariance(HeteroscedasticityConsistentType type)
    {
        // Given the heteroscedastic golden data set
        var (names, columns) = OlsGolden.Data("hetero");
        var reference = Ols.Fit(columns[1..], columns[0], names[1..]).GetRobustInference(type);

        // When the residual pass accumulates the meat of the same estimator
        var robust = SecondPass(names, columns, true, type, false).Robust(ReferenceDistribution.Normal);

        // Then standard errors and the Wald test agree
        Tolerance.AssertDigits(
            [.. reference.Coefficients.Select(c => c.StandardError)],
            [.. robust.Coefficients.Select(c => c.StandardError)],
            11,
            $"{type} std error"
        );
        Tolerance.AssertDigits(reference.WaldStatistic, robust.WaldStatistic, 10, "Wald");
    }

    [Fact]
    public void The_streamed_cluster_sums_give_the_in_memory_cluster_robust_covariance()
    {
        // Given the heteroscedastic golden data set in five clusters by row number
        var (names, columns) = OlsGolden.Data("hetero");
        var labels = Enumerable.Range(0, columns[0].Length).Select(i => $"g{i % 5}").ToArray();
        var reference = Ols.Fit(columns[1..], columns[0], names[1..]).GetClusterRobustInference(labels);

        // When the residual pass sums the scores per cluster
        var cluster = SecondPass(names, columns, true, null, true, labels).Cluster(ReferenceDistribution.StudentT);

        // Then the cluster count, the correction and the standard errors agree
        Assert.Equal(reference.ClusterCount, cluster.ClusterCount);
        Tolerance.AssertDigits(reference.Correction, cluster.Correction, 15, "correction");
        Tolerance.AssertDigits(
            [.. reference.Coefficients.Select(c => c.StandardError)],
            [.. cluster.Coefficients.Select(c => c.StandardError)],
            11,
            "cluster std error"
        );
    }

    private static StreamingResiduals SecondPass(
        string[] names,
        double[][] columns,
        bool intercept,
        HeteroscedasticityConsistentType? type,
        bool clusters,
        string[]? labels = null
    )
    {
        var first = new StreamingOls(names[1..], intercept);
        var row = new double[names.Length - 1];
        for (var i = 0; i < columns[0].Length; i++)
        {
            Row(columns, i, row);
            first.Add(row, columns[0][i]);
        }

        var second = new StreamingResiduals(first.Solve(), type, clusters);
        for (var i = 0; i < columns[0].Length; i++)
        {
            Row(columns, i, row);
            second.Add(row, columns[0][i], labels?[i]);
        }

        return second;
    }

    private static void Row(double[][] columns, int i, double[] row)
    {
        for (var j = 1; j < columns.Length; j++)
        {
            row[j - 1] = columns[j][i];
        }
    }
}
