using AmazonSalesRegression.Regression.Validation;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class LogRelativeErrorTests
{
    [Theory]
    [InlineData(1.0000001, 1.0, 7.0)]
    [InlineData(123.456, 123.456, 15.0)]
    [InlineData(1e-12, 0.0, 12.0)]
    [InlineData(double.NaN, 1.0, 0.0)]
    [InlineData(2.0, 1.0, 0.0)]
    public void Counts_correct_significant_digits_with_absolute_error_at_zero(double estimate, double certified, double digits)
    {
        // Given the pair

        // When
        var lre = LogRelativeError.Compute(estimate, certified);

        // Then
        Assert.Equal(digits, lre, 0.01);
    }
}
