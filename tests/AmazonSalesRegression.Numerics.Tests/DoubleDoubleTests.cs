namespace AmazonSalesRegression.Numerics.Tests;

public sealed class DoubleDoubleTests
{
    [Fact]
    public void Two_sum_and_two_product_return_the_exact_rounding_errors()
    {
        // Given
        const double a = 1.0;
        const double b = 1e-20;
        var c = 1.0 + Math.ScaleB(1.0, -52);

        // When
        ErrorFreeTransforms.TwoSum(a, b, out var sum, out var sumError);
        ErrorFreeTransforms.TwoProduct(c, c, out var product, out var productError);

        // Then: (1 + 2⁻⁵²)² = 1 + 2⁻⁵¹ + 2⁻¹⁰⁴
        Assert.Equal(1.0, sum);
        Assert.Equal(1e-20, sumError);
        Assert.Equal(1.0 + Math.ScaleB(1.0, -51), product);
        Assert.Equal(Math.ScaleB(1.0, -104), productError);
    }

    [Fact]
    public void One_third_times_three_is_one_to_thirty_digits()
    {
        // Given
        var third = DoubleDouble.One / 3.0;

        // When
        var error = third * 3.0 - 1.0;

        // Then
        Assert.True(Math.Abs(error.ToDouble()) < 1e-31, $"error {error}");
        Assert.NotEqual(0.0, third.Lo);
    }

    [Fact]
    public void The_square_root_of_two_squares_back_to_two_to_thirty_digits()
    {
        // Given
        var root = DoubleDouble.Sqrt(2.0);

        // When
        var error = root * root - 2.0;

        // Then
        Assert.Equal(Math.Sqrt(2.0), root.Hi);
        Assert.True(Math.Abs(error.ToDouble()) < 1e-31, $"error {error}");
    }

    [Fact]
    public void Cancellation_keeps_the_low_order_part()
    {
        // Given: (1 + 1e-20) − 1 is lost in double but not in double-double
        var x = new DoubleDouble(1.0, 1e-20);

        // When
        var difference = x - 1.0;

        // Then
        Assert.Equal(1e-20, difference.ToDouble(), 1e-36);
        Assert.True(new DoubleDouble(1.0, 1e-20) > DoubleDouble.One);
    }
}
