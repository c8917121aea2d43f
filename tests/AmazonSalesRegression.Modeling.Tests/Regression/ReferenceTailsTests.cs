using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class ReferenceTailsTests
{
    [Theory]
    [InlineData(58, 0.95, 2.001717484145236112)]
    [InlineData(3, 0.99, 5.8409093097333554)]
    [InlineData(1000, 0.90, 1.6463788172854648)]
    public void Student_t_critical_values_agree_with_the_exact_quantile_to_12_digits(double df, double level, double exact)
    {
        // Given an exact quantile (mpmath, 40 digits: root of the regularized incomplete beta function)
        // When the critical value is computed
        var q = ReferenceTails.Critical(level, ReferenceDistribution.StudentT, df);

        // Then it agrees to 12 digits (Math.NET's t CDF limits the Newton polish), where scipy's t.ppf is off by 6e-10 for df = 58
        Assert.Equal(exact, q, exact * 1e-12);
    }

    [Fact]
    public void Tiny_upper_tail_probabilities_keep_their_digits()
    {
        // Given a chi-square statistic of 100 with 2 degrees of freedom, whose tail is exp(-50)
        // When the upper tail is computed
        var p = ReferenceTails.ChiSquaredUpper(100, 2);

        // Then it is not rounded to zero by 1 - CDF
        Assert.Equal(Math.Exp(-50), p, Math.Exp(-50) * 1e-13);
    }
}
