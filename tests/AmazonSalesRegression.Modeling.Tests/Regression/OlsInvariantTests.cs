using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsInvariantTests
{
    private static readonly string[] TwoNames = ["x1", "x2"];

    [Fact]
    public void A_model_without_intercept_reports_the_uncentred_r_squared_and_f_test()
    {
        // Given
        var (x1, x2) = (Sample.Uniform(30, 1), Sample.Uniform(30, 2));
        var y = x1.Select((v, i) => 5.0 + v - x2[i]).ToArray();

        // When
        var fit = Ols.Fit([x1, x2], y, TwoNames, intercept: false);

        // Then
        var uncentred = y.Sum(v => v * v);
        Assert.Equal(uncentred, fit.TotalSumOfSquares, 1e-9);
        Tolerance.AssertDigits(1.0 - fit.ResidualSumOfSquares / uncentred, fit.RSquared, 13);
        Assert.Equal(2, fit.DegreesOfFreedomModel);
        Tolerance.AssertDigits((uncentred - fit.ResidualSumOfSquares) / 2 / (fit.ResidualSumOfSquares / 28), fit.FStatistic, 12);
        Tolerance.AssertDigits(1.0 - 30.0 / 28.0 * (1.0 - fit.RSquared), fit.AdjustedRSquared, 13);
    }

    [Fact]
    public void Permuting_the_rows_does_not_change_the_estimates()
    {
        // Given
        var (x1, x2, noise) = (Sample.Uniform(60, 3), Sample.Uniform(60, 4), Sample.Uniform(60, 5));
        var y = x1.Select((v, i) => 1.5 + 2 * v - 0.5 * x2[i] + noise[i]).ToArray();
        var order = Enumerable.Range(0, 60).OrderBy(i => (i * 37) % 61).ToArray();

        // When
        var fit = Ols.Fit([x1, x2], y, TwoNames);
        var permuted = Ols.Fit(
            [order.Select(i => x1[i]).ToArray(), order.Select(i => x2[i]).ToArray()],
            order.Select(i => y[i]).ToArray(),
            TwoNames
        );

        // Then
        for (var j = 0; j < 3; j++)
        {
            Tolerance.AssertDigits(fit.Coefficients[j].Estimate, permuted.Coefficients[j].Estimate, 13);
            Tolerance.AssertDigits(fit.Coefficients[j].StandardError, permuted.Coefficients[j].StandardError, 13);
        }
    }

    [Fact]
    public void Scaling_a_column_scales_its_coefficient_inversely_and_leaves_the_rest_unchanged()
    {
        // Given
        var (x1, x2, noise) = (Sample.Uniform(50, 6), Sample.Uniform(50, 7), Sample.Uniform(50, 8));
        var y = x1.Select((v, i) => 4 - v + 3 * x2[i] + 0.1 * noise[i]).ToArray();
        const double factor = 1000.0;

        // When
        var fit = Ols.Fit([x1, x2], y, TwoNames);
        var scaled = Ols.Fit([x1.Select(v => v * factor).ToArray(), x2], y, TwoNames);

        // Then
        Tolerance.AssertDigits(fit.Coefficients[1].Estimate / factor, scaled.Coefficients[1].Estimate, 13);
        Tolerance.AssertDigits(fit.Coefficients[1].StandardError / factor, scaled.Coefficients[1].StandardError, 13);
        Tolerance.AssertDigits(fit.Coefficients[1].Statistic, scaled.Coefficients[1].Statistic, 13);
        Tolerance.AssertDigits(fit.Coefficients[0].Estimate, scaled.Coefficients[0].Estimate, 13);
        Tolerance.AssertDigits(fit.Coefficients[2].Estimate, scaled.Coefficients[2].Estimate, 13);
        Tolerance.AssertDigits(fit.RSquared, scaled.RSquared, 14);
    }

    [Fact]
    public void An_exact_fit_has_zero_residuals_zero_standard_errors_and_r_squared_one()
    {
        // Given
        var x = Enumerable.Range(0, 12).Select(i => (double)i).ToArray();
        var y = x.Select(v => 3.0 + 0.25 * v).ToArray();

        // When
        var fit = Ols.Fit([x], y, ["x"]);

        // Then
        Assert.Equal(3.0, fit.Coefficients[0].Estimate, 1e-14);
        Assert.Equal(0.25, fit.Coefficients[1].Estimate, 1e-14);
        Assert.All(fit.Residuals, e => Assert.True(Math.Abs(e) <= 1e-14));
        Assert.True(fit.ResidualStandardError <= 1e-14);
        Assert.Equal(1.0, fit.RSquared);
        Assert.True(fit.Coefficients[1].PValue <= 1e-14);
        Assert.True(double.IsPositiveInfinity(fit.FStatistic) || fit.FStatistic > 1e20);
    }

    [Fact]
    public void Leverages_equal_the_hat_matrix_diagonal_and_sum_to_the_rank()
    {
        // Given
        var (x1, x2, y) = (Sample.Uniform(15, 9), Sample.Uniform(15, 10), Sample.Uniform(15, 11));
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(
            15,
            3,
            (i, j) =>
                j == 0 ? 1.0
                : j == 1 ? x1[i]
                : x2[i]
        );
        var hat = x * (x.TransposeThisAndMultiply(x)).Inverse() * x.Transpose();

        // When
        var fit = Ols.Fit([x1, x2], y, TwoNames);

        // Then
        for (var i = 0; i < 15; i++)
        {
            Tolerance.AssertDigits(hat[i, i], fit.Leverage[i], 12);
        }

        Assert.Equal(3.0, fit.Leverage.Sum(), 1e-12);
    }

    [Fact]
    public void Fitted_values_plus_residuals_reproduce_the_response()
    {
        // Given
        var (x1, x2, y) = (Sample.Uniform(40, 12), Sample.Uniform(40, 13), Sample.Uniform(40, 14));

        // When
        var fit = Ols.Fit([x1, x2], y, TwoNames);

        // Then
        for (var i = 0; i < y.Length; i++)
        {
            Assert.Equal(y[i], fit.FittedValues[i] + fit.Residuals[i], 1e-15);
        }
    }
}
