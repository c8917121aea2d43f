using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Numerics;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class ClusterRobustInferenceTests
{
    /// <summary>
    /// 30 SKUs × 60 days: log price fixed per SKU (up to ±2 % daily noise), a promotion flag per day, and a SKU random
    /// effect in the error, so the errors of one SKU are correlated and its price hardly varies within it.
    /// </summary>
    private static TabularData Panel()
    {
        var random = new Xoshiro256StarStar(20261205);
        const int skus = 30,
            days = 60;
        var (sku, price, promo, y) = (new string[skus * days], new double[skus * days], new double[skus * days], new double[skus * days]);
        for (var s = 0; s < skus; s++)
        {
            var basePrice = random.NextUniform(2.0, 4.0);
            var effect = 0.8 * random.NextNormal();
            for (var d = 0; d < days; d++)
            {
                var i = (s * days) + d;
                sku[i] = $"SKU-{s:00}";
                price[i] = basePrice + random.NextUniform(-0.02, 0.02);
                promo[i] = random.NextBernoulli(0.2) ? 1.0 : 0.0;
                y[i] = 5.0 - 1.2 * price[i] + 0.4 * promo[i] + effect + (0.3 * random.NextNormal());
            }
        }

        return new TabularData("panel.csv", skus * days).Add("log_units", y).Add("log_price", price).Add("promo", promo).Add("sku", sku);
    }

    [Fact]
    public void On_a_SKU_panel_with_a_SKU_effect_cluster_standard_errors_exceed_HC1_for_the_SKU_level_price()
    {
        // Given
        var data = Panel();
        var fit = Ols.Fit("log_units ~ log_price + promo", data);

        // When
        var cluster = fit.GetClusterRobustInference(data, "sku");
        var hc1 = fit.GetRobustInference(HeteroscedasticityConsistentType.HC1);

        // Then
        Assert.Equal(30, cluster.ClusterCount);
        Assert.True(
            cluster.Coefficients[1].StandardError > 3 * hc1.Coefficients[1].StandardError,
            $"cluster se {cluster.Coefficients[1].StandardError} vs HC1 se {hc1.Coefficients[1].StandardError}"
        );
        Assert.True(cluster.Coefficients[0].StandardError > hc1.Coefficients[0].StandardError);
    }

    [Fact]
    public void With_a_fixed_effect_per_cluster_the_joint_wald_test_is_undefined_but_the_standard_errors_are_finite()
    {
        // Given: 30 SKU dummies and two slopes, 31 slopes tested against G − 1 = 29 degrees of freedom
        var data = Panel();
        var fit = Ols.Fit("log_units ~ C(sku) + log_price + promo", data);

        // When
        var cluster = fit.GetClusterRobustInference(data, "sku");

        // Then
        Assert.True(cluster.WaldDegreesOfFreedom > cluster.DegreesOfFreedom);
        Assert.True(double.IsNaN(cluster.WaldStatistic) && double.IsNaN(cluster.WaldPValue));
        var promo = cluster.Coefficients[fit.Names.ToList().IndexOf("promo")];
        Assert.True(double.IsFinite(promo.StandardError) && promo.StandardError > 0 && promo.PValue is >= 0 and <= 1);
    }

    [Fact]
    public void With_one_observation_per_cluster_and_no_correction_the_estimator_is_HC0()
    {
        // Given
        var (x, noise) = (Sample.Uniform(50, 7), Sample.Uniform(50, 8));
        var y = x.Select((v, i) => 1 + 2 * v + noise[i] * (1 + v)).ToArray();
        var fit = Ols.Fit([x], y, ["x"]);

        // When
        var cluster = fit.GetClusterRobustInference(
            Enumerable.Range(0, 50).ToArray(),
            ReferenceDistribution.Normal,
            smallSampleCorrection: false
        );
        var hc0 = fit.GetRobustInference(HeteroscedasticityConsistentType.HC0);

        // Then
        for (var j = 0; j < 2; j++)
        {
            Tolerance.AssertDigits(hc0.Coefficients[j].StandardError, cluster.Coefficients[j].StandardError, 12);
        }

        Assert.Equal(1.0, cluster.Correction);
    }

    [Fact]
    public void A_label_count_that_differs_from_the_observations_is_rejected_with_both_counts()
    {
        // Given
        var fit = Ols.Fit([Sample.Uniform(10, 1)], Sample.Uniform(10, 2), ["x"]);

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.GetClusterRobustInference(new int[9]));

        // Then
        Assert.Contains("9 cluster labels", error.Message, StringComparison.Ordinal);
        Assert.Contains("10 observations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_cluster_is_rejected()
    {
        // Given
        var fit = Ols.Fit([Sample.Uniform(10, 1)], Sample.Uniform(10, 2), ["x"]);

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.GetClusterRobustInference(Enumerable.Repeat("A", 10).ToArray()));

        // Then
        Assert.Contains("one cluster ('A')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_text_label_names_its_row()
    {
        // Given
        var fit = Ols.Fit([Sample.Uniform(4, 1)], Sample.Uniform(4, 2), ["x"]);

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.GetClusterRobustInference(new[] { "a", "b", null!, "a" }));

        // Then
        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cluster_column_or_a_NaN_cluster_value_is_reported_with_its_location()
    {
        // Given
        var data = new TabularData("sales.csv", 4)
            .Add("y", [1.0, 3.0, 2.0, 5.0])
            .Add("x", [1.0, 2.0, 3.0, 4.0])
            .Add("store", [1.0, double.NaN, 2.0, 2.0]);
        var fit = Ols.Fit("y ~ x", data);

        // When
        var missing = Assert.Throws<ArgumentException>(() => fit.GetClusterRobustInference(data, "sku"));
        var nan = Assert.Throws<DataFormatException>(() => fit.GetClusterRobustInference(data, "store"));

        // Then
        Assert.Contains("no column 'sku'", missing.Message, StringComparison.Ordinal);
        Assert.Equal(3, nan.Line);
        Assert.Equal("store", nan.Field);
    }

    [Fact]
    public void A_table_with_other_rows_than_the_fit_is_rejected()
    {
        // Given
        var data = new TabularData("sales.csv", 4)
            .Add("y", [1.0, 3.0, 2.0, 5.0])
            .Add("x", [1.0, 2.0, 3.0, 4.0])
            .Add("g", ["a", "a", "b", "b"]);
        var fit = Ols.Fit("y ~ x", data);
        var other = new TabularData("all.csv", 3).Add("g", ["a", "b", "b"]);

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.GetClusterRobustInference(other, "g"));

        // Then
        Assert.Contains("all.csv has 3 rows; the fit has 4 observations", error.Message, StringComparison.Ordinal);
    }
}
