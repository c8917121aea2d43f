using System.Text.Json;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>Cluster-robust inference against statsmodels (Golden/make_cluster_golden.py → cluster_golden.json).</summary>
public sealed class ClusterRobustGoldenTests
{
    private const double Digits = 7;

    private static readonly JsonElement Root = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(OlsGolden.Folder, "cluster_golden.json")))
        .RootElement;

    private static string[] Clusters => Root.GetProperty("cluster").EnumerateArray().Select(v => v.GetString()!).ToArray();

    private static OlsResult Fit() => Ols.Fit([Root.Numbers("price"), Root.Numbers("promo")], Root.Numbers("y"), ["price", "promo"]);

    [Theory]
    [InlineData("t", ReferenceDistribution.StudentT, true)]
    [InlineData("normal", ReferenceDistribution.Normal, true)]
    [InlineData("uncorrected", ReferenceDistribution.StudentT, false)]
    public void The_cluster_robust_table_matches_statsmodels(string name, ReferenceDistribution distribution, bool correction)
    {
        // Given
        var expected = Root.GetProperty(name);
        var fit = Fit();

        // When
        var robust = fit.GetClusterRobustInference(Clusters, distribution, smallSampleCorrection: correction);

        // Then
        Assert.Equal(Root.GetProperty("groups").GetInt32(), robust.ClusterCount);
        var c = robust.Coefficients;
        Tolerance.AssertDigits(expected.Numbers("bse"), c.Select(e => e.StandardError).ToArray(), Digits, $"{name} se");
        Tolerance.AssertDigits(expected.Numbers("tvalues"), c.Select(e => e.Statistic).ToArray(), Digits, $"{name} t");
        Tolerance.AssertDigits(expected.Numbers("pvalues"), c.Select(e => e.PValue).ToArray(), Digits, $"{name} p");
        Tolerance.AssertDigits(expected.Numbers("ci_lower"), c.Select(e => e.ConfidenceLower).ToArray(), Digits, $"{name} lower");
        Tolerance.AssertDigits(expected.Numbers("ci_upper"), c.Select(e => e.ConfidenceUpper).ToArray(), Digits, $"{name} upper");
    }

    [Fact]
    public void The_wald_test_uses_F_with_G_minus_1_denominator_degrees_of_freedom_as_statsmodels()
    {
        // Given
        var expected = Root.GetProperty("t");
        var fit = Fit();

        // When
        var robust = fit.GetClusterRobustInference(Clusters);

        // Then
        Assert.Equal(expected.GetProperty("df").GetInt32(), robust.DegreesOfFreedom);
        Tolerance.AssertDigits(expected.Number("wald_f"), robust.WaldStatistic, Digits, "Wald F");
        Tolerance.AssertDigits(expected.Number("wald_p"), robust.WaldPValue, Digits, "Wald p");
    }

    [Fact]
    public void Clustering_by_a_table_column_equals_clustering_by_the_labels()
    {
        // Given
        var data = new TabularData("panel.csv", Clusters.Length)
            .Add("y", Root.Numbers("y"))
            .Add("price", Root.Numbers("price"))
            .Add("promo", Root.Numbers("promo"))
            .Add("sku", Clusters);
        var fit = Ols.Fit("y ~ price + promo", data);

        // When
        var byColumn = fit.GetClusterRobustInference(data, "sku");

        // Then
        Tolerance.AssertDigits(
            Root.GetProperty("t").Numbers("bse"),
            byColumn.Coefficients.Select(e => e.StandardError).ToArray(),
            Digits,
            "se by column"
        );
    }

    [Fact]
    public void Integer_and_text_labels_of_the_same_clusters_give_the_same_result()
    {
        // Given
        var fit = Fit();
        var text = Clusters;
        var numbers = text.Select(s => int.Parse(s[4..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // When
        var byText = fit.GetClusterRobustInference(text);
        var byNumber = fit.GetClusterRobustInference(numbers);

        // Then
        Assert.Equal(byText.Coefficients.Select(e => e.StandardError), byNumber.Coefficients.Select(e => e.StandardError));
    }
}
