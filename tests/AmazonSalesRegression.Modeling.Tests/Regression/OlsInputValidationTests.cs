using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsInputValidationTests
{
    [Fact]
    public void Too_few_observations_are_rejected()
    {
        // Given
        double[] x = [1, 2, 3];
        double[] z = [2, 1, 5];

        // When
        var error = Assert.Throws<RegressionInputException>(() => Ols.Fit([x, z], [1.0, 2.0, 4.0], ["x", "z"]));

        // Then
        Assert.Contains("3 observations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nan_predictor_is_reported_with_its_column_name_and_row()
    {
        // Given
        double[] price = [1, 2, 3, double.NaN, 5, 6];

        // When
        var error = Assert.Throws<RegressionInputException>(() => Ols.Fit([price], [1.0, 2, 3, 4, 5, 7], ["price"]));

        // Then
        Assert.Contains("'price'", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_infinite_response_is_reported_with_its_row()
    {
        // Given
        double[] y = [1, 2, 3, 4, 5, 6, 7, 8, 9, double.PositiveInfinity];

        // When
        var error = Assert.Throws<RegressionInputException>(() => Ols.Fit([Sample.Uniform(10, 1)], y, ["x"]));

        // Then
        Assert.Contains("'response'", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_response_is_rejected_as_having_zero_variance()
    {
        // Given
        var y = Enumerable.Repeat(4.2, 10).ToArray();

        // When
        var error = Assert.Throws<RegressionInputException>(() => Ols.Fit([Sample.Uniform(10, 2)], y, ["x"]));

        // Then
        Assert.Contains("zero variance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_of_different_lengths_are_rejected_by_name()
    {
        // Given
        double[] a = [1, 2, 3, 4];
        double[] b = [1, 2, 3];

        // When
        var error = Assert.Throws<ArgumentException>(() => DesignMatrix.FromColumns(["a", "b"], [a, b]));

        // Then
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_column_names_are_rejected()
    {
        // Given
        double[] a = [1, 2, 3, 4];

        // When
        var error = Assert.Throws<ArgumentException>(() => DesignMatrix.FromColumns(["a", "a"], [a, a]));

        // Then
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }
}
