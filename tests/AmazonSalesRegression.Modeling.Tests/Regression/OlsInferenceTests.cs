using AmazonSalesRegression.Regression;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsInferenceTests
{
    // R's built-in data set `cars` (Ezekiel 1930): speed (mph) and stopping distance (ft) of 50 cars.
    private static readonly double[] Speed =
    [
        4,
        4,
        7,
        7,
        8,
        9,
        10,
        10,
        10,
        11,
        11,
        12,
        12,
        12,
        12,
        13,
        13,
        13,
        13,
        14,
        14,
        14,
        14,
        15,
        15,
        15,
        16,
        16,
        17,
        17,
        17,
        18,
        18,
        18,
        18,
        19,
        19,
        19,
        20,
        20,
        20,
        20,
        20,
        22,
        23,
        24,
        24,
        24,
        24,
        25,
    ];

    private static readonly double[] Distance =
    [
        2,
        10,
        4,
        22,
        16,
        10,
        18,
        26,
        34,
        17,
        28,
        14,
        20,
        24,
        28,
        26,
        34,
        34,
        46,
        26,
        36,
        60,
        80,
        20,
        26,
        54,
        32,
        40,
        32,
        40,
        50,
        42,
        56,
        76,
        84,
        36,
        46,
        68,
        32,
        48,
        52,
        56,
        64,
        66,
        54,
        70,
        92,
        93,
        120,
        85,
    ];

    [Fact]
    public void The_cars_regression_matches_the_printed_summary_of_r_lm()
    {
        // Given: summary(lm(dist ~ speed, cars)), AIC() and BIC() as printed by R (4-7 significant digits)

        // When
        var fit = Ols.Fit([Speed], Distance, ["speed"]);

        // Then
        var (intercept, speed) = (fit.Coefficients[0], fit.Coefficients[1]);
        Tolerance.AssertDigits(-17.5791, intercept.Estimate, 5);
        Tolerance.AssertDigits(6.7584, intercept.StandardError, 4);
        Tolerance.AssertDigits(-2.601, intercept.Statistic, 3);
        Tolerance.AssertDigits(0.0123, intercept.PValue, 2);
        Tolerance.AssertDigits(3.9324, speed.Estimate, 4);
        Tolerance.AssertDigits(0.4155, speed.StandardError, 3);
        Tolerance.AssertDigits(9.464, speed.Statistic, 3);
        Tolerance.AssertDigits(1.49e-12, speed.PValue, 2);
        Tolerance.AssertDigits(15.38, fit.ResidualStandardError, 3);
        Tolerance.AssertDigits(0.6511, fit.RSquared, 3);
        Tolerance.AssertDigits(0.6438, fit.AdjustedRSquared, 3);
        Tolerance.AssertDigits(89.57, fit.FStatistic, 3);
        Tolerance.AssertDigits(1.490e-12, fit.FPValue, 2);
        Tolerance.AssertDigits(-206.5784, fit.LogLikelihood, 6);
        Tolerance.AssertDigits(419.1569, fit.AicR, 6);
        Tolerance.AssertDigits(424.8929, fit.BicR, 6);
    }

    [Fact]
    public void The_statsmodels_information_criteria_count_one_parameter_less_than_r()
    {
        // Given
        var fit = Ols.Fit([Speed], Distance, ["speed"]);

        // When
        var (aic, bic) = (fit.Aic, fit.Bic);

        // Then: statsmodels counts k = 2 coefficients, R counts k = 3 (σ included)
        Assert.Equal(-2 * fit.LogLikelihood + 4, aic, 1e-10);
        Assert.Equal(-2 * fit.LogLikelihood + 2 * Math.Log(50), bic, 1e-10);
        Assert.Equal(fit.AicR - 2, aic, 1e-10);
        Assert.Equal(fit.BicR - Math.Log(50), bic, 1e-10);
        Assert.Equal(aic, fit.GetAic(InformationCriterionConvention.Statsmodels));
    }

    [Fact]
    public void Statistics_agree_with_a_dense_math_net_qr_solution_to_twelve_digits()
    {
        // Given
        var (x1, x2, x3) = (Sample.Uniform(25, 31), Sample.Uniform(25, 32), Sample.Uniform(25, 33));
        var noise = Sample.Uniform(25, 34);
        var y = noise.Select((e, i) => 0.5 + x1[i] - 0.7 * x2[i] + 0.1 * x3[i] + 0.8 * e).ToArray();
        var x = Matrix<double>.Build.Dense(
            25,
            4,
            (i, j) =>
                j switch
                {
                    0 => 1.0,
                    1 => x1[i],
                    2 => x2[i],
                    _ => x3[i],
                }
        );
        var yv = Vector<double>.Build.DenseOfArray(y);
        var b = x.QR().Solve(yv);
        var residual = yv - x * b;
        var s2 = residual.DotProduct(residual) / 21;
        var covariance = x.TransposeThisAndMultiply(x).Inverse() * s2;
        var centred = yv - yv.Average();
        var rSquared = 1 - residual.DotProduct(residual) / centred.DotProduct(centred);
        var f = rSquared / 3 / ((1 - rSquared) / 21);

        // When
        var fit = Ols.Fit([x1, x2, x3], y, ["x1", "x2", "x3"], options: new OlsOptions { ConfidenceLevel = 0.9 });

        // Then
        for (var j = 0; j < 4; j++)
        {
            var c = fit.Coefficients[j];
            var se = Math.Sqrt(covariance[j, j]);
            var t = b[j] / se;
            var tCritical = StudentT.InvCDF(0, 1, 21, 0.95);
            Tolerance.AssertDigits(b[j], c.Estimate, 12);
            Tolerance.AssertDigits(se, c.StandardError, 12);
            Tolerance.AssertDigits(t, c.Statistic, 12);
            Tolerance.AssertDigits(2 * StudentT.CDF(0, 1, 21, -Math.Abs(t)), c.PValue, 10);
            Tolerance.AssertDigits(b[j] - tCritical * se, c.ConfidenceLower, 7);
            Tolerance.AssertDigits(b[j] + tCritical * se, c.ConfidenceUpper, 7);
        }

        Tolerance.AssertDigits(rSquared, fit.RSquared, 12);
        Tolerance.AssertDigits(f, fit.FStatistic, 11);
        Tolerance.AssertDigits(1 - FisherSnedecor.CDF(3, 21, f), fit.FPValue, 8);
        Tolerance.AssertDigits(covariance[1, 2], fit.GetCovarianceMatrix()[1, 2], 11);
    }

    [Fact]
    public void Confidence_intervals_use_the_exact_student_quantile()
    {
        // Given: qt(0.975, 48) = 2.010634757624228 (R)
        var fit = Ols.Fit([Speed], Distance, ["speed"]);

        // When
        var speed = fit.Coefficients[1];

        // Then
        Tolerance.AssertDigits(2.010634757624228, (speed.ConfidenceUpper - speed.Estimate) / speed.StandardError, 13);
    }
}
