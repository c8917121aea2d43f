using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>Properties the elastic net must have whatever glmnet does.</summary>
public sealed class ElasticNetInvariantTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void Lambda_at_or_above_lambda_max_gives_all_zero_slopes_and_the_mean_as_intercept(double alpha)
    {
        // Given the correlated golden data and its default path
        var (x, y) = GlmnetGolden.Data("correlated");
        var path = ElasticNet.Path(x, y, new ElasticNetOptions { L1Ratio = alpha });

        // When fitted at λ_max and at twice λ_max
        var atMax = ElasticNet.Fit(x, y, path.Lambdas[0] * (1 + 1e-12), new ElasticNetOptions { L1Ratio = alpha });
        var above = ElasticNet.Fit(x, y, 2 * path.Lambdas[0], new ElasticNetOptions { L1Ratio = alpha });

        // Then every slope is zero, the intercept is mean(y), and just below λ_max a slope enters
        Assert.All(atMax.Coefficients.Concat(above.Coefficients), b => Assert.Equal(0.0, b));
        Tolerance.AssertDigits(y.Average(), atMax.Intercept, 14, "intercept");
        var below = ElasticNet.Fit(x, y, path.Lambdas[0] * 0.99, new ElasticNetOptions { L1Ratio = alpha });
        Assert.True(below.NonZero >= 1);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(0.5)]
    [InlineData(0.01)]
    public void Ridge_by_coordinate_descent_matches_the_closed_form(double lambda)
    {
        // Given the correlated golden data
        var (x, y) = GlmnetGolden.Data("correlated");

        // When ridge is fitted by coordinate descent (tight threshold) and in closed form
        var descent = ElasticNet.Fit(x, y, lambda, new ElasticNetOptions { L1Ratio = 0, Threshold = 1e-26 });
        var closed = Ridge.Solve(x, y, lambda);

        // Then intercept, slopes and deviance ratio agree to 9 significant digits
        Tolerance.AssertDigits(closed.Intercept, descent.Intercept, 9, "intercept");
        for (var j = 0; j < closed.Coefficients.Count; j++)
        {
            Tolerance.AssertDigits(closed.Coefficients[j], descent.Coefficients[j], 9, $"β[{j}]");
        }

        Tolerance.AssertDigits(closed.DevianceRatio, descent.DevianceRatio, 9, "dev.ratio");
    }

    [Fact]
    public void Lasso_path_on_an_orthogonal_design_grows_in_l1_norm_and_soft_thresholds()
    {
        // Given an orthogonal, centred design (Hadamard-like ±1 columns) with unit 1/n variance
        var n = 16;
        var columns = Enumerable
            .Range(0, 4)
            .Select(j => Enumerable.Range(0, n).Select(i => ((i >> j) & 1) == 0 ? 1.0 : -1.0).ToArray())
            .ToArray();
        var x = DesignMatrix.FromColumns(["a", "b", "c", "d"], columns);
        var y = Enumerable
            .Range(0, n)
            .Select(i => 3 * columns[0][i] - 2 * columns[1][i] + 0.5 * columns[2][i] + 0.1 * Math.Sin(i))
            .ToArray();

        // When the lasso path is fitted
        var path = ElasticNet.Path(x, y, new ElasticNetOptions { Threshold = 1e-14 });

        // Then ‖β‖₁ never decreases along the path, and each slope is the soft-thresholded least-squares slope
        var norms = path.Coefficients.Select(b => b.Sum(Math.Abs)).ToArray();
        for (var k = 1; k < norms.Length; k++)
        {
            Assert.True(norms[k] >= norms[k - 1] - 1e-12, $"‖β‖₁ fell at λ[{k}]");
        }

        var k0 = path.Count / 2;
        for (var j = 0; j < 4; j++)
        {
            var ols = columns[j].Zip(y, (a, b) => a * b).Sum() / n;
            var expected = Math.Sign(ols) * Math.Max(Math.Abs(ols) - path.Lambdas[k0], 0);
            Assert.True(
                Math.Abs(expected - path.Coefficients[k0][j]) < 1e-9,
                $"β[{j}] = {path.Coefficients[k0][j]}, soft threshold {expected}"
            );
        }
    }

    [Fact]
    public void A_constant_y_is_rejected_with_a_reason()
    {
        // Given a constant response
        var x = DesignMatrix.FromColumns(
            ["a"],
            [
                [1.0, 2.0, 3.0],
            ]
        );

        // When / Then the fit refuses it
        var error = Assert.Throws<ArgumentException>(() => ElasticNet.Path(x, new[] { 2.0, 2.0, 2.0 }));
        Assert.Contains("constant", error.Message);
    }
}
