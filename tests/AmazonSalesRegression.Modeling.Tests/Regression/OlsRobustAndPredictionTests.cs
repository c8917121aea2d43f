using AmazonSalesRegression.Regression;
using MathNet.Numerics.Distributions;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsRobustAndPredictionTests
{
    // Two groups: y = 1, 2, 6 (mean 3, residuals −2, −1, 3; leverage 1/3) and y = 4, 8 (mean 6, residuals −2, 2;
    // leverage 1/2). With y = b0 + b1·d, b0 = ȳ₀ and b1 = ȳ₁ − ȳ₀, so every sandwich variance is a weighted sum
    // of squared residuals per group: Var(b0) = Σ₀ω/9 and Var(b1) = Σ₁ω/4 + Σ₀ω/9.
    private static readonly double[] Group = [0, 0, 0, 1, 1];
    private static readonly double[] Response = [1, 2, 6, 4, 8];

    [Theory]
    [InlineData(HeteroscedasticityConsistentType.HC0, 14.0 / 9, 32.0 / 9)]
    [InlineData(HeteroscedasticityConsistentType.HC1, 14.0 / 9 * 5 / 3, 32.0 / 9 * 5 / 3)]
    [InlineData(HeteroscedasticityConsistentType.HC2, 7.0 / 3, 19.0 / 3)]
    [InlineData(HeteroscedasticityConsistentType.HC3, 3.5, 11.5)]
    public void Sandwich_variances_match_the_hand_computed_two_group_example(
        HeteroscedasticityConsistentType type,
        double interceptVariance,
        double slopeVariance
    )
    {
        // Given
        var fit = Ols.Fit([Group], Response, ["d"]);

        // When
        var robust = fit.GetRobustInference(type);

        // Then
        var covariance = robust.GetCovarianceMatrix();
        Tolerance.AssertDigits(interceptVariance, covariance[0, 0], 13);
        Tolerance.AssertDigits(slopeVariance, covariance[1, 1], 13);
        Tolerance.AssertDigits(-interceptVariance, covariance[0, 1], 13);
        Tolerance.AssertDigits(Math.Sqrt(slopeVariance), robust.Coefficients[1].StandardError, 13);
        Tolerance.AssertDigits(9.0 / slopeVariance, robust.WaldStatistic, 12);
    }

    [Fact]
    public void Robust_tests_use_the_normal_distribution_by_default_and_student_t_on_request()
    {
        // Given
        var fit = Ols.Fit([Group], Response, ["d"]);

        // When
        var normal = fit.GetRobustInference(HeteroscedasticityConsistentType.HC1);
        var student = fit.GetRobustInference(HeteroscedasticityConsistentType.HC1, ReferenceDistribution.StudentT);

        // Then
        var z = normal.Coefficients[1].Statistic;
        Assert.Equal(ReferenceDistribution.Normal, normal.Distribution);
        Tolerance.AssertDigits(2 * Normal.CDF(0, 1, -Math.Abs(z)), normal.Coefficients[1].PValue, 12);
        Tolerance.AssertDigits(2 * StudentT.CDF(0, 1, 3, -Math.Abs(z)), student.Coefficients[1].PValue, 12);
        Tolerance.AssertDigits(3.0 + 1.959963984540054 * normal.Coefficients[1].StandardError, normal.Coefficients[1].ConfidenceUpper, 12);
        Tolerance.AssertDigits(1 - FisherSnedecor.CDF(1, 3, normal.WaldStatistic), normal.WaldPValue, 10);
    }

    [Fact]
    public void Prediction_intervals_are_wider_than_confidence_intervals_for_the_mean()
    {
        // Given
        var (x, noise) = (Sample.Uniform(40, 41), Sample.Uniform(40, 42));
        var y = x.Select((v, i) => 2 + 3 * v + 0.2 * noise[i]).ToArray();
        var fit = Ols.Fit([x], y, ["x"]);

        // When
        var predictions = fit.Predict([new[] { -2.0, 0.0, 0.5, 3.0 }]);

        // Then
        Assert.All(
            predictions,
            p =>
            {
                Assert.True(p.ObservationLower < p.MeanLower && p.MeanUpper < p.ObservationUpper);
                Tolerance.AssertDigits(
                    Math.Sqrt(fit.ResidualStandardError * fit.ResidualStandardError + p.MeanStandardError * p.MeanStandardError),
                    p.ObservationStandardError,
                    14
                );
            }
        );
        Assert.True(predictions[3].MeanStandardError > predictions[2].MeanStandardError);
    }

    [Fact]
    public void Predicting_at_an_observed_row_gives_its_fitted_value_and_leverage()
    {
        // Given
        var (x1, x2, y) = (Sample.Uniform(20, 43), Sample.Uniform(20, 44), Sample.Uniform(20, 45));
        var fit = Ols.Fit([x1, x2], y, ["x1", "x2"]);

        // When
        var prediction = fit.Predict([x1[7], x2[7]]);

        // Then: Var(ŷᵢ) = s²·hᵢ
        Tolerance.AssertDigits(fit.FittedValues[7], prediction.Mean, 13);
        Tolerance.AssertDigits(fit.ResidualStandardError * Math.Sqrt(fit.Leverage[7]), prediction.MeanStandardError, 12);
        var t = StudentT.InvCDF(0, 1, 17, 0.975);
        Tolerance.AssertDigits(prediction.Mean + t * prediction.ObservationStandardError, prediction.ObservationUpper, 8);
    }

    [Fact]
    public void A_prediction_with_the_wrong_number_of_values_names_the_predictors()
    {
        // Given
        var fit = Ols.Fit([Group], Response, ["d"]);

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.Predict([1.0, 2.0]));

        // Then
        Assert.Contains("d", error.Message, StringComparison.Ordinal);
    }
}
