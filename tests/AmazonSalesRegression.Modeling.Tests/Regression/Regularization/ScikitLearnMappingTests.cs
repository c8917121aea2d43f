using System.Text.Json;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>glmnet's (λ, α) against scikit-learn's ElasticNet on standardized X (Golden/make_sklearn_golden.py).</summary>
public sealed class ScikitLearnMappingTests
{
    private static readonly JsonElement Golden = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(GlmnetGolden.Folder, "sklearn_golden.json")))
        .RootElement;

    public static TheoryData<int> Cases => new(Enumerable.Range(0, Golden.GetProperty("cases").GetArrayLength()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_fit_equals_sklearn_at_the_mapped_alpha_and_l1_ratio(int index)
    {
        // Given scikit-learn's fit at the mapped parameters
        var expected = Golden.GetProperty("cases")[index];
        var lambda = expected.GetProperty("lambda").GetDouble();
        var alpha = expected.GetProperty("alpha").GetDouble();
        var (x, y) = GlmnetGolden.Data("correlated");

        // When we fit glmnet's (λ, α) on the original data and express the slopes per standard deviation of x
        var fit = ElasticNet.Fit(x, y, lambda, new ElasticNetOptions { L1Ratio = alpha, Threshold = 1e-24 });
        var perSd = Enumerable.Range(0, x.ColumnCount).Select(j => fit.Coefficients[j] * StdDev(x.Column(j).ToArray())).ToArray();

        // Then the mapping gives sklearn's parameters and the slopes agree to 6 digits (1e-8 absolute near zero)
        var mapped = ElasticNet.ScikitLearnEquivalent(lambda, alpha, StdDev(y));
        Tolerance.AssertDigits(expected.GetProperty("sk_alpha").GetDouble(), mapped.Alpha, 12, "sklearn alpha");
        Tolerance.AssertDigits(expected.GetProperty("sk_l1_ratio").GetDouble(), mapped.L1Ratio, 12, "sklearn l1_ratio");
        var coef = expected.Numbers("coef");
        for (var j = 0; j < coef.Length; j++)
        {
            Tolerance.AssertDigits(coef[j], perSd[j], 6, $"w[{j}]", scale: 0.01);
        }

        Tolerance.AssertDigits(expected.GetProperty("intercept").GetDouble(), fit.Predict(Means(x)).Single(), 9, "intercept at the means");
    }

    [Fact]
    public void Without_the_y_scale_the_ridge_part_would_differ_from_glmnet()
    {
        // Given an elastic-net case (α < 1) and s_y ≠ 1
        var (_, y) = GlmnetGolden.Data("correlated");
        var scale = StdDev(y);

        // When mapped
        var mapped = ElasticNet.ScikitLearnEquivalent(0.3, 0.5, scale);

        // Then sklearn's alpha is not simply λ: its L2 weight is λ(1 − α)/s_y
        Assert.NotEqual(1.0, scale, 3);
        Tolerance.AssertDigits(0.3 * 0.5 / scale, mapped.Alpha * (1 - mapped.L1Ratio), 14, "L2 weight");
        Tolerance.AssertDigits(0.3 * 0.5, mapped.Alpha * mapped.L1Ratio, 14, "L1 weight");
    }

    private static double StdDev(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }

    private static AmazonSalesRegression.Regression.DesignMatrix Means(AmazonSalesRegression.Regression.DesignMatrix x) =>
        AmazonSalesRegression.Regression.DesignMatrix.FromColumns(
            x.Names,
            Enumerable.Range(0, x.ColumnCount).Select(j => new[] { x.Column(j).ToArray().Average() }).ToArray()
        );
}
